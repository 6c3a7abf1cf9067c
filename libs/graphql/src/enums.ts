import { registerEnumType } from '@nestjs/graphql';
import * as domain from '@nrm/domain';

/** Registers the domain enumerations under their docs/api.md names; every subgraph calls this once at import. */
const enums: Array<[object, string]> = [
  [domain.DataCategory, 'DataCategory'],
  [domain.ConsentPurpose, 'ConsentPurpose'],
  [domain.ConsentGiver, 'ConsentGiver'],
  [domain.LegalBasis, 'LegalBasis'],
  [domain.AccessDecision, 'AccessDecision'],
  [domain.ExploitationType, 'ExploitationType'],
  [domain.MeansOfControl, 'MeansOfControl'],
  [domain.RecruiterRelation, 'RecruiterRelation'],
  [domain.Sex, 'Sex'],
  [domain.Venue, 'Venue'],
  [domain.ImmediateNeed, 'ImmediateNeed'],
  [domain.IndicatorGroup, 'IndicatorGroup'],
  [domain.IndicatorAppliesTo, 'IndicatorAppliesTo'],
  [domain.IdentificationStatus, 'IdentificationStatus'],
  [domain.CaseStatus, 'CaseStatus'],
  [domain.CasePhase, 'CasePhase'],
  [domain.ReferralStatus, 'ReferralStatus'],
  [domain.ReferralDecision, 'ReferralDecision'],
  [domain.FormalOutcome, 'FormalOutcome'],
  [domain.ClosureType, 'ClosureType'],
  [domain.AssessmentArea, 'AssessmentArea'],
  [domain.LegalProblemType, 'LegalProblemType'],
  [domain.RiskLevel, 'RiskLevel'],
  [domain.ServedGroup, 'ServedGroup'],
  [domain.ReferralWithdrawalReason, 'ReferralWithdrawalReason'],
  [domain.CitizenshipGroup, 'CitizenshipGroup'],
  [domain.AgeBand, 'AgeBand'],
  [domain.AgeBasis, 'AgeBasis'],
  [domain.AgeVerificationOutcome, 'AgeVerificationOutcome'],
  [domain.AgencyType, 'AgencyType'],
  [domain.Role, 'Role'],
  [domain.TeamFunction, 'TeamFunction'],
  [domain.EntryRoute, 'EntryRoute'],
  [domain.PlaceOfExploitation, 'PlaceOfExploitation'],
  [domain.IdentityDocumentType, 'IdentityDocumentType'],
];

for (const [enumRef, name] of enums) registerEnumType(enumRef, { name });
