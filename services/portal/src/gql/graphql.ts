/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccessDecision =
  | 'ALLOWED'
  | 'DENIED';

export type AgeBand =
  | 'AGE_0_8'
  | 'AGE_9_17'
  | 'AGE_18_20'
  | 'AGE_21_23'
  | 'AGE_24_26'
  | 'AGE_27_29'
  | 'AGE_30_38'
  | 'AGE_39_47'
  | 'AGE_48_PLUS'
  | 'UNKNOWN';

export type AgeBasis =
  | 'DISPUTED'
  | 'DOCUMENTED'
  | 'ESTIMATED'
  | 'STATED'
  | 'UNKNOWN';

export type AgencyType =
  | 'BORDER_POLICE'
  | 'CHILD_PROTECTION_UNIT'
  | 'CONSULAR'
  | 'HEALTH'
  | 'LABOUR_INSPECTORATE'
  | 'NATIONAL_COORDINATOR'
  | 'NGO'
  | 'OVERSIGHT'
  | 'PLATFORM'
  | 'REGIONAL_SOCIAL_SERVICE'
  | 'RESPONSIBLE_AUTHORITY'
  | 'SCHOOL'
  | 'SHELTER_NGO'
  | 'SHELTER_STATE'
  | 'SOCIAL_SERVICES'
  | 'STATE_POLICE';

export type AuditAction =
  | 'AUDIT_READ'
  | 'AUDIT_VERIFY'
  | 'CONSENT_GRANTED'
  | 'CONSENT_REVIEWED'
  | 'CONSENT_WITHDRAWN'
  | 'ERASURE'
  | 'EXPORT'
  | 'OVERRIDE_GRANTED'
  | 'OVERRIDE_REVIEWED'
  | 'READ'
  | 'SUBJECT_ACCESS_DISCLOSURE'
  | 'WRITE';

export type AuditTrailFilter = {
  /** The acting agency */
  agencyId?: string | null | undefined;
  basis?: LegalBasis | null | undefined;
  /** Inclusive */
  from?: string | null | undefined;
  /** Inclusive */
  to?: string | null | undefined;
};

export type ConveneFormalIdentificationGroupInput = {
  formalIdentificationId: string;
  /** A formal_id_police user of the State Police (directory id, the token sub) */
  policeMemberId: string;
  scheduledAt: string;
  /** An adult: a formal_id_social user of a regional social service; a child: a child_protection_worker of the child's unit */
  socialMemberId: string;
};

/** A new provider of the directory (platform_admin). It starts unauthorised: the Responsible Authority authorises it */
export type CreateServiceProviderInput = {
  /** An agency of the directory (agencies), of type SHELTER_NGO or SHELTER_STATE, not yet a provider */
  agencyId: string;
  name: string;
  placesTotal: number;
  /** Region code from the configured list */
  region: string;
  serves: Array<ServedGroup>;
  /** Service codes: ACCOMMODATION, MEDICAL, PSYCHOLOGICAL, LEGAL, EDUCATION, VOCATIONAL, INTERPRETER, SECURITY, FAMILY_TRACING, REPATRIATION */
  services: Array<string>;
};

export type DataCategory =
  | 'CONTACT_LOCATION'
  | 'EDUCATION_EMPLOYMENT'
  | 'FAMILY'
  | 'HEALTH'
  | 'IDENTITY'
  | 'LEGAL'
  | 'PSYCHOSOCIAL'
  | 'SUMMARY'
  | 'TRAFFICKING_EXPERIENCE';

export type EntryRoute =
  | 'FIRST_RESPONDER'
  | 'PROSECUTOR'
  | 'SELF_REFERRAL';

export type ExploitationType =
  | 'CHILD_LABOUR'
  | 'DOMESTIC_SERVITUDE'
  | 'FORCED_BEGGING'
  | 'FORCED_CRIMINALITY'
  | 'FORCED_LABOUR'
  | 'FORCED_MARRIAGE'
  | 'ORGAN_REMOVAL'
  | 'OTHER'
  | 'SEXUAL';

export type FormalIdentificationStatus =
  | 'CONCLUDED'
  | 'GROUP_CONVENED'
  | 'REQUESTED';

export type FormalOutcome =
  | 'NOT_VICTIM'
  | 'VICTIM';

export type IdentificationStatus =
  | 'AT_RISK'
  | 'FORMAL_ID_REQUESTED'
  | 'NOT_VICTIM'
  | 'PRESUMED'
  | 'VICTIM';

export type IdentityDocumentInput = {
  expiresOn?: string | null | undefined;
  /** ISO 3166-1 alpha-2 code, or XK (Kosovo); case-insensitive */
  issuingCountry?: string | null | undefined;
  /** As printed on the document; letters, digits, spaces and . / - */
  number: string;
  type: IdentityDocumentType;
};

export type IdentityDocumentType =
  | 'BIRTH_CERTIFICATE'
  | 'DRIVING_LICENCE'
  | 'NATIONAL_ID_CARD'
  | 'OTHER'
  | 'PASSPORT'
  | 'RESIDENCE_PERMIT'
  | 'TRAVEL_DOCUMENT';

export type ImmediateNeed =
  | 'ACCOMPANYING_CHILDREN'
  | 'CLOTHING'
  | 'FOOD'
  | 'INTERPRETER'
  | 'MEDICAL'
  | 'PSYCHOLOGICAL'
  | 'SAFE_ACCOMMODATION'
  | 'SECURITY';

export type IndicatorAppliesTo =
  | 'ADULT'
  | 'ALL'
  | 'CHILD';

export type IndicatorGroup =
  | 'ACT'
  | 'MEANS'
  | 'PURPOSE';

export type InterviewInput = {
  /** Without consent the person is free to go and only an anonymous notification is kept */
  consentToInterview: boolean;
  guardianPresent?: boolean | null | undefined;
  interpreterUsed?: boolean | null | undefined;
  language?: string | null | undefined;
  privateSetting?: boolean | null | undefined;
  /** Interview suspended or ended for acute distress */
  suspendedForDistress?: boolean | null | undefined;
};

export type LegalBasis =
  | 'CONSENT'
  | 'LEGAL_MANDATE'
  | 'OVERRIDE'
  | 'OWNER';

export type MeansOfControl =
  | 'DEBT_BONDAGE'
  | 'EXCESSIVE_HOURS'
  | 'FALSE_PROMISES'
  | 'OTHER'
  | 'PHYSICAL_ABUSE'
  | 'PSYCHOACTIVE_SUBSTANCES'
  | 'PSYCHOLOGICAL_ABUSE'
  | 'RESTRICTS_MOVEMENT'
  | 'SEXUAL_ABUSE'
  | 'TAKES_EARNINGS'
  | 'THREATS'
  | 'WITHHOLDS_DOCUMENTS'
  | 'WITHHOLDS_NECESSITIES';

export type NotificationKind =
  | 'AGE_VERIFIED'
  | 'ANONYMOUS_IDENTIFICATION'
  | 'CHILD_REGION_WITHOUT_UNIT'
  | 'CONSENT_WITHDRAWN'
  | 'CRIMINAL_REPORT_RECORDED'
  | 'FORMAL_ID_CONCLUDED'
  | 'FORMAL_ID_GROUP_SCHEDULED'
  | 'INTERVIEW_RECORDED'
  | 'NEEDS_ASSESSMENT_DUE'
  | 'NEW_IDENTIFICATION'
  | 'PLACEMENT_TRANSFERRED'
  | 'REFERRAL_ACCEPTED'
  | 'REFERRAL_DECLINED'
  | 'REFERRAL_RECEIVED'
  | 'REFERRAL_WITHDRAWN'
  | 'REFLECTION_PERIOD_STARTED'
  | 'RESIDENCE_PERMIT_RECORDED'
  | 'URGENT_SUICIDE_RISK';

export type PersonInput = {
  /** How the age is known. Left out: STATED with a dateOfBirth, ESTIMATED with only an estimatedAge. An estimate up to the margin (default 20), DISPUTED or no age at all gives the child pathway until the RA verifies the age. UNKNOWN is not sent: it is what no age means. */
  ageBasis?: AgeBasis | null | undefined;
  /** ISO 3166-1 alpha-2 codes, or XK (Kosovo); case-insensitive */
  citizenship: Array<string>;
  dateOfBirth?: string | null | undefined;
  /** IDENTITY: the identity documents the person holds or held */
  documents?: Array<IdentityDocumentInput> | null | undefined;
  estimatedAge?: number | null | undefined;
  familyName?: string | null | undefined;
  givenName?: string | null | undefined;
  /** ISO 639-1 language codes */
  languages?: Array<string> | null | undefined;
  sex: Sex;
};

export type PlaceOfExploitation =
  | 'ABROAD'
  | 'BOTH'
  | 'DOMESTIC';

/** Why the Responsible Authority authorised a provider or withdrew its authorisation (docs/api.md, "Provider directory") */
export type ProviderAuthorisationReason =
  | 'ENTERED_IN_ERROR'
  | 'INSPECTION_FAILED'
  | 'INSPECTION_PASSED'
  | 'LICENCE_EXPIRED'
  | 'LICENCE_GRANTED'
  | 'LICENCE_RENEWED'
  | 'LICENCE_SUSPENDED'
  | 'PROVIDER_REQUEST';

export type RecordCriminalReportInput = {
  formalIdentificationId: string;
  /** When the report was taken; never inside the formal interview */
  reportedAt: string;
};

export type RecordFormalIdentificationConclusionInput = {
  formalIdentificationId: string;
  outcome: FormalOutcome;
  reasons: string;
};

export type RecordFormalInterviewInput = {
  /** Absent while the interview is under way; record it again with the end */
  endedAt?: string | null | undefined;
  formalIdentificationId: string;
  startedAt: string;
};

export type RecruiterRelation =
  | 'FAMILY'
  | 'FRIEND'
  | 'INTIMATE_PARTNER'
  | 'OTHER'
  | 'UNKNOWN';

export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MODERATE'
  | 'UNKNOWN';

export type Role =
  | 'AUDITOR'
  | 'CASE_MANAGER'
  | 'CHILD_PROTECTION_WORKER'
  | 'FIRST_RESPONDER'
  | 'FORMAL_ID_POLICE'
  | 'FORMAL_ID_SOCIAL'
  | 'NATIONAL_COORDINATOR'
  | 'PLATFORM_ADMIN'
  | 'RA_HEAD'
  | 'RA_OFFICER'
  | 'SHELTER_HEAD'
  | 'SHELTER_STAFF';

export type ServedGroup =
  | 'ADULTS'
  | 'BOYS'
  | 'CHILDREN'
  | 'FOREIGNERS'
  | 'GIRLS'
  | 'MEN'
  | 'WITH_CHILDREN'
  | 'WOMEN';

/** The Responsible Authority's decision on a provider's authorisation (ra_head) */
export type SetServiceProviderAuthorisationInput = {
  authorised: boolean;
  providerId: string;
  /** A code, never free text */
  reason: ProviderAuthorisationReason;
};

export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNKNOWN';

export type SubmitInitialIdentificationInput = {
  /** Chosen by the client, per agency: the same submission again returns the same record; a different submission with it is CONFLICT */
  clientRequestId: string;
  /** How the person came to the NRM; FIRST_RESPONDER when not given */
  entryRoute?: EntryRoute | null | undefined;
  exploitationTypes: Array<ExploitationType>;
  immediateNeeds: Array<ImmediateNeed>;
  indicatorCodes: Array<string>;
  interview: InterviewInput;
  /** TRAFFICKING_EXPERIENCE: how the person was controlled */
  meansOfControl?: Array<MeansOfControl> | null | undefined;
  person: PersonInput;
  /** Where the exploitation took place; null when not known */
  placeOfExploitation?: PlaceOfExploitation | null | undefined;
  /** TRAFFICKING_EXPERIENCE: the recruiter's relation to the person */
  recruiterRelation?: RecruiterRelation | null | undefined;
  /** A code of the regions query, case-insensitive */
  region: string;
  venue: Venue;
};

/** Changes to a provider (platform_admin): only the fields given change; its agency and authorisation do not */
export type UpdateServiceProviderInput = {
  name?: string | null | undefined;
  /** Never below the places taken (placesTaken) */
  placesTotal?: number | null | undefined;
  providerId: string;
  region?: string | null | undefined;
  serves?: Array<ServedGroup> | null | undefined;
  /** Service codes: ACCOMMODATION, MEDICAL, PSYCHOLOGICAL, LEGAL, EDUCATION, VOCATIONAL, INTERPRETER, SECURITY, FAMILY_TRACING, REPATRIATION */
  services?: Array<string> | null | undefined;
};

export type Venue =
  | 'ABROAD'
  | 'BORDER'
  | 'INLAND';

export type AuditEntriesQueryVariables = Exact<{
  personId: string;
  first: number;
  after?: string | null | undefined;
  filter?: AuditTrailFilter | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: { edges: Array<{ cursor: string, node: { id: string, service: string, at: string, actorUsername: string, actorAgencyId: string, actorRole: string, categories: Array<DataCategory>, action: AuditAction, basis: LegalBasis | null, decision: AccessDecision, reason: string | null, purpose: string | null, granteeAgencyId: string | null, granteeAgencyType: AgencyType | null, flaggedForReview: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VerifyAuditTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditTrailQuery = { verifyAuditTrail: { ok: boolean, entriesChecked: number, firstBrokenAt: string | null, chains: Array<{ service: string, ok: boolean, entriesChecked: number, firstBrokenAt: string | null, headHash: string | null }> } };

export type AuditAgenciesQueryVariables = Exact<{
  locale: string;
}>;


export type AuditAgenciesQuery = { agencies: Array<{ id: string, name: string }> };

export type ProviderFieldsFragment = { id: string, agencyId: string, name: string, authorised: boolean, placesTotal: number | null, placesFree: number | null, placesTaken: number, placesOverCapacity: number, serves: Array<ServedGroup>, services: Array<string>, region: string, agencyType: string };

export type DirectoryQueryVariables = Exact<{
  locale: string;
}>;


export type DirectoryQuery = { serviceProviders: Array<{ id: string, agencyId: string, name: string, authorised: boolean, placesTotal: number | null, placesFree: number | null, placesTaken: number, placesOverCapacity: number, serves: Array<ServedGroup>, services: Array<string>, region: string, agencyType: string }>, agencies: Array<{ id: string, name: string, type: AgencyType, region: string | null }>, regions: Array<{ code: string, label: string }> };

export type DirectoryUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryUsersQuery = { users: Array<{ id: string, username: string, roles: Array<Role>, agencyId: string | null, region: string | null }> };

export type ProviderChangesQueryVariables = Exact<{
  providerId: string;
}>;


export type ProviderChangesQuery = { serviceProviderChanges: Array<{ id: string, change: string, changedByUsername: string, changedByRole: string, changedAt: string, reason: string | null }> };

export type CreateServiceProviderMutationVariables = Exact<{
  input: CreateServiceProviderInput;
}>;


export type CreateServiceProviderMutation = { createServiceProvider: { id: string, agencyId: string, name: string, authorised: boolean, placesTotal: number | null, placesFree: number | null, placesTaken: number, placesOverCapacity: number, serves: Array<ServedGroup>, services: Array<string>, region: string, agencyType: string } };

export type UpdateServiceProviderMutationVariables = Exact<{
  input: UpdateServiceProviderInput;
}>;


export type UpdateServiceProviderMutation = { updateServiceProvider: { id: string, agencyId: string, name: string, authorised: boolean, placesTotal: number | null, placesFree: number | null, placesTaken: number, placesOverCapacity: number, serves: Array<ServedGroup>, services: Array<string>, region: string, agencyType: string } };

export type SetServiceProviderAuthorisationMutationVariables = Exact<{
  input: SetServiceProviderAuthorisationInput;
}>;


export type SetServiceProviderAuthorisationMutation = { setServiceProviderAuthorisation: { id: string, agencyId: string, name: string, authorised: boolean, placesTotal: number | null, placesFree: number | null, placesTaken: number, placesOverCapacity: number, serves: Array<ServedGroup>, services: Array<string>, region: string, agencyType: string } };

export type FormalIdentificationFieldsFragment = { id: string, personId: string, status: FormalIdentificationStatus, requestedAt: string, dueAt: string | null, statementOfWillingness: boolean | null, policeMemberId: string | null, socialMemberId: string | null, convenedAt: string | null, scheduledAt: string | null, interviewStartedAt: string | null, interviewEndedAt: string | null, outcome: FormalOutcome | null, reasons: string | null, concludedAt: string | null, criminalReports: Array<{ id: string, reportedAt: string }> };

export type MyFormalIdentificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFormalIdentificationsQuery = { myFormalIdentifications: Array<{ id: string, personId: string, status: FormalIdentificationStatus, requestedAt: string, dueAt: string | null, statementOfWillingness: boolean | null, policeMemberId: string | null, socialMemberId: string | null, convenedAt: string | null, scheduledAt: string | null, interviewStartedAt: string | null, interviewEndedAt: string | null, outcome: FormalOutcome | null, reasons: string | null, concludedAt: string | null, criminalReports: Array<{ id: string, reportedAt: string }> }> };

export type FormalIdentificationPersonQueryVariables = Exact<{
  reference: string;
}>;


export type FormalIdentificationPersonQuery = { personByReference: { id: string, reference: string } | null };

export type PersonFormalIdentificationsQueryVariables = Exact<{
  personId: string;
}>;


export type PersonFormalIdentificationsQuery = { formalIdentifications: Array<{ id: string, personId: string, status: FormalIdentificationStatus, requestedAt: string, dueAt: string | null, statementOfWillingness: boolean | null, policeMemberId: string | null, socialMemberId: string | null, convenedAt: string | null, scheduledAt: string | null, interviewStartedAt: string | null, interviewEndedAt: string | null, outcome: FormalOutcome | null, reasons: string | null, concludedAt: string | null, criminalReports: Array<{ id: string, reportedAt: string }> }> };

export type FormalIdentificationQueryVariables = Exact<{
  id: string;
}>;


export type FormalIdentificationQuery = { formalIdentification: { id: string, personId: string, status: FormalIdentificationStatus, requestedAt: string, dueAt: string | null, statementOfWillingness: boolean | null, policeMemberId: string | null, socialMemberId: string | null, convenedAt: string | null, scheduledAt: string | null, interviewStartedAt: string | null, interviewEndedAt: string | null, outcome: FormalOutcome | null, reasons: string | null, concludedAt: string | null, criminalReports: Array<{ id: string, reportedAt: string }> } };

export type GroupCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupCandidatesQuery = { police: Array<{ id: string, username: string, agencyId: string | null, region: string | null }>, social: Array<{ id: string, username: string, agencyId: string | null, region: string | null }>, childProtection: Array<{ id: string, username: string, agencyId: string | null, region: string | null }> };

export type ConveneFormalIdentificationGroupMutationVariables = Exact<{
  input: ConveneFormalIdentificationGroupInput;
}>;


export type ConveneFormalIdentificationGroupMutation = { conveneFormalIdentificationGroup: { id: string, personId: string, status: FormalIdentificationStatus, requestedAt: string, dueAt: string | null, statementOfWillingness: boolean | null, policeMemberId: string | null, socialMemberId: string | null, convenedAt: string | null, scheduledAt: string | null, interviewStartedAt: string | null, interviewEndedAt: string | null, outcome: FormalOutcome | null, reasons: string | null, concludedAt: string | null, criminalReports: Array<{ id: string, reportedAt: string }> } };

export type RecordFormalInterviewMutationVariables = Exact<{
  input: RecordFormalInterviewInput;
}>;


export type RecordFormalInterviewMutation = { recordFormalInterview: { id: string, personId: string, status: FormalIdentificationStatus, requestedAt: string, dueAt: string | null, statementOfWillingness: boolean | null, policeMemberId: string | null, socialMemberId: string | null, convenedAt: string | null, scheduledAt: string | null, interviewStartedAt: string | null, interviewEndedAt: string | null, outcome: FormalOutcome | null, reasons: string | null, concludedAt: string | null, criminalReports: Array<{ id: string, reportedAt: string }> } };

export type RecordCriminalReportMutationVariables = Exact<{
  input: RecordCriminalReportInput;
}>;


export type RecordCriminalReportMutation = { recordCriminalReport: { id: string, reportedAt: string } };

export type RecordFormalIdentificationConclusionMutationVariables = Exact<{
  input: RecordFormalIdentificationConclusionInput;
}>;


export type RecordFormalIdentificationConclusionMutation = { recordFormalIdentificationConclusion: { id: string, personId: string, status: FormalIdentificationStatus, requestedAt: string, dueAt: string | null, statementOfWillingness: boolean | null, policeMemberId: string | null, socialMemberId: string | null, convenedAt: string | null, scheduledAt: string | null, interviewStartedAt: string | null, interviewEndedAt: string | null, outcome: FormalOutcome | null, reasons: string | null, concludedAt: string | null, criminalReports: Array<{ id: string, reportedAt: string }> } };

export type IndicatorCatalogQueryVariables = Exact<{
  locale: string;
}>;


export type IndicatorCatalogQuery = { indicatorCatalog: Array<{ code: string, group: IndicatorGroup, appliesTo: IndicatorAppliesTo, label: string }>, regions: Array<{ code: string, label: string }> };

export type SubmitInitialIdentificationMutationVariables = Exact<{
  input: SubmitInitialIdentificationInput;
}>;


export type SubmitInitialIdentificationMutation = { submitInitialIdentification: { id: string, status: IdentificationStatus, submittedAt: string, screening: { meetsThreshold: boolean, missingGroups: Array<IndicatorGroup> }, person: { id: string, reference: string } } };

export type InboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type InboxQuery = { initialIdentifications: { edges: Array<{ node: { id: string, status: IdentificationStatus, submittedAt: string, region: string, venue: Venue, screening: { meetsThreshold: boolean, missingGroups: Array<IndicatorGroup> }, person: { id: string, reference: string, summary: { isChild: boolean, identificationStatus: IdentificationStatus } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PersonPageQueryVariables = Exact<{
  id: string;
}>;


export type PersonPageQuery = { person: { id: string, reference: string, summary: { isChild: boolean, ageBand: AgeBand, sex: Sex, identificationStatus: IdentificationStatus, needs: Array<ImmediateNeed>, riskLevel: RiskLevel }, identity: { __typename: 'PersonIdentity' } | null, contactLocation: { __typename: 'PersonContactLocation' } | null, traffickingExperience: { __typename: 'TraffickingExperience' } | null, health: { __typename: 'HealthRecord' } | null, psychosocial: { __typename: 'PsychosocialRecord' } | null, legal: { __typename: 'LegalRecord' } | null, family: { __typename: 'FamilyRecord' } | null, educationEmployment: { __typename: 'EducationEmploymentRecord' } | null, security: { __typename: 'SecurityRecord' } | null, accommodation: { __typename: 'AccommodationRecord' } | null } | null };

export type MyNotificationsQueryVariables = Exact<{
  first: number;
}>;


export type MyNotificationsQuery = { myNotifications: Array<{ id: string, kind: NotificationKind, subjectRef: string, subjectId: string, createdAt: string, readAt: string | null, dueAt: string | null }> };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, readAt: string | null } };

export const ProviderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorised"}},{"kind":"Field","name":{"kind":"Name","value":"placesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"placesFree"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesOverCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"serves"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}}]}}]} as unknown as DocumentNode<ProviderFieldsFragment, unknown>;
export const FormalIdentificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormalIdentificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormalIdentification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"policeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"socialMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criminalReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<FormalIdentificationFieldsFragment, unknown>;
export const AuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrailFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"actorAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"granteeAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"granteeAgencyType"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForReview"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const VerifyAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"entriesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenAt"}},{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"entriesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenAt"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyAuditTrailQuery, VerifyAuditTrailQueryVariables>;
export const AuditAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuditAgenciesQuery, AuditAgenciesQueryVariables>;
export const DirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorised"}},{"kind":"Field","name":{"kind":"Name","value":"placesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"placesFree"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesOverCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"serves"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}}]}}]} as unknown as DocumentNode<DirectoryQuery, DirectoryQueryVariables>;
export const DirectoryUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<DirectoryUsersQuery, DirectoryUsersQueryVariables>;
export const ProviderChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProviderChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"changedByUsername"}},{"kind":"Field","name":{"kind":"Name","value":"changedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ProviderChangesQuery, ProviderChangesQueryVariables>;
export const CreateServiceProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorised"}},{"kind":"Field","name":{"kind":"Name","value":"placesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"placesFree"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesOverCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"serves"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}}]}}]} as unknown as DocumentNode<CreateServiceProviderMutation, CreateServiceProviderMutationVariables>;
export const UpdateServiceProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateServiceProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorised"}},{"kind":"Field","name":{"kind":"Name","value":"placesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"placesFree"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesOverCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"serves"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}}]}}]} as unknown as DocumentNode<UpdateServiceProviderMutation, UpdateServiceProviderMutationVariables>;
export const SetServiceProviderAuthorisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetServiceProviderAuthorisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetServiceProviderAuthorisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceProviderAuthorisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorised"}},{"kind":"Field","name":{"kind":"Name","value":"placesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"placesFree"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesOverCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"serves"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}}]}}]} as unknown as DocumentNode<SetServiceProviderAuthorisationMutation, SetServiceProviderAuthorisationMutationVariables>;
export const MyFormalIdentificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFormalIdentifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFormalIdentifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormalIdentificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormalIdentificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormalIdentification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"policeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"socialMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criminalReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<MyFormalIdentificationsQuery, MyFormalIdentificationsQueryVariables>;
export const FormalIdentificationPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormalIdentificationPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<FormalIdentificationPersonQuery, FormalIdentificationPersonQueryVariables>;
export const PersonFormalIdentificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonFormalIdentifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formalIdentifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormalIdentificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormalIdentificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormalIdentification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"policeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"socialMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criminalReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<PersonFormalIdentificationsQuery, PersonFormalIdentificationsQueryVariables>;
export const FormalIdentificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormalIdentification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formalIdentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormalIdentificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormalIdentificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormalIdentification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"policeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"socialMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criminalReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<FormalIdentificationQuery, FormalIdentificationQueryVariables>;
export const GroupCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"police"},"name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"FORMAL_ID_POLICE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"social"},"name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"FORMAL_ID_SOCIAL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"childProtection"},"name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"CHILD_PROTECTION_WORKER"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<GroupCandidatesQuery, GroupCandidatesQueryVariables>;
export const ConveneFormalIdentificationGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConveneFormalIdentificationGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConveneFormalIdentificationGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conveneFormalIdentificationGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormalIdentificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormalIdentificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormalIdentification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"policeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"socialMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criminalReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<ConveneFormalIdentificationGroupMutation, ConveneFormalIdentificationGroupMutationVariables>;
export const RecordFormalInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFormalInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFormalInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFormalInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormalIdentificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormalIdentificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormalIdentification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"policeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"socialMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criminalReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<RecordFormalInterviewMutation, RecordFormalInterviewMutationVariables>;
export const RecordCriminalReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCriminalReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCriminalReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCriminalReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<RecordCriminalReportMutation, RecordCriminalReportMutationVariables>;
export const RecordFormalIdentificationConclusionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFormalIdentificationConclusion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFormalIdentificationConclusionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFormalIdentificationConclusion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormalIdentificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormalIdentificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormalIdentification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"policeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"socialMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criminalReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<RecordFormalIdentificationConclusionMutation, RecordFormalIdentificationConclusionMutationVariables>;
export const IndicatorCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<IndicatorCatalogQuery, IndicatorCatalogQueryVariables>;
export const SubmitInitialIdentificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitInitialIdentification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitInitialIdentificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitInitialIdentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetsThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"missingGroups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitInitialIdentificationMutation, SubmitInitialIdentificationMutationVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initialIdentifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetsThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"missingGroups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isChild"}},{"kind":"Field","name":{"kind":"Name","value":"identificationStatus"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const PersonPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isChild"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"identificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"traffickingExperience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"educationEmployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectRef"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;