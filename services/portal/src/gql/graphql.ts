/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type ConsentGiver =
  | 'CHILD_PROTECTION_WORKER'
  | 'GUARDIAN'
  | 'PERSON';

export type ConsentPurpose =
  | 'FORMAL_IDENTIFICATION'
  | 'HEALTH_CARE'
  | 'LAW_ENFORCEMENT_COOPERATION'
  | 'REFERRAL_ASSISTANCE'
  | 'RESEARCH_ANONYMISED';

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

/** sq (Albanian) or en (English) */
export type DocumentLanguage =
  | 'EN'
  | 'SQ';

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

export type GrantConsentInput = {
  /** SUMMARY alone opens nothing new, but is accepted */
  categories: Array<DataCategory>;
  /** The signed consent form's reference (e.g. CF-2026-0042): letters, digits, . _ / -; never a name */
  evidenceReference: string;
  /** Optional; must be in the future. The grant stops working at this instant. */
  expiresAt?: string | null | undefined;
  /** For a child: GUARDIAN, or CHILD_PROTECTION_WORKER in the child's best interest */
  givenBy: ConsentGiver;
  /** The receiving agency the consent names; exactly one of this and granteeAgencyType */
  granteeAgencyId?: string | null | undefined;
  /** Every agency of this type receives the consent (never the recorder's own agency); exactly one of this and granteeAgencyId */
  granteeAgencyType?: AgencyType | null | undefined;
  personId: string;
  purpose: ConsentPurpose;
};

export type GrantLegalBasisOverrideInput = {
  categories: Array<DataCategory>;
  /** Defaults to OVERRIDE_DEFAULT_HOURS from now; at most OVERRIDE_MAX_HOURS */
  expiresAt?: string | null | undefined;
  granteeAgencyId: string;
  personId: string;
  /** The written legal basis (vital interests, child protection): at least 10 letters; stored normalised */
  reason: string;
};

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

export type LegalHoldReasonCode =
  | 'COMPENSATION_CLAIM'
  | 'CRIMINAL_INVESTIGATION'
  | 'CRIMINAL_PROCEEDINGS'
  | 'PRESERVATION_ORDER';

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

export type RecordSubjectAccessRequestInput = {
  /** A legal representative is checked by their mandate (LEGAL_REPRESENTATIVE_MANDATE_SEEN) */
  identityCheck: RequesterIdentityCheck;
  /** The language of the person's copy. By default Albanian if the person speaks it (their languages or the interview's) or no language is recorded, else English */
  language?: DocumentLanguage | null | undefined;
  personId: string;
  /** When the RA received the request; not in the future */
  receivedAt: string;
  /** The RA's reference for the request (e.g. SAR-2026-0012), unique; never a name */
  requestReference: string;
  requestedBy: SubjectAccessRequester;
};

export type RecruiterRelation =
  | 'FAMILY'
  | 'FRIEND'
  | 'INTIMATE_PARTNER'
  | 'OTHER'
  | 'UNKNOWN';

export type RequesterIdentityCheck =
  | 'CONFIRMED_BY_CASE_MANAGER'
  | 'IDENTITY_DOCUMENT_SEEN'
  | 'KNOWN_TO_STAFF'
  | 'LEGAL_REPRESENTATIVE_MANDATE_SEEN';

export type ReviewOutcome =
  | 'REVOKED'
  | 'UPHELD';

export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MODERATE'
  | 'UNKNOWN';

export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNKNOWN';

export type SubjectAccessRequester =
  | 'LEGAL_REPRESENTATIVE'
  | 'PERSON';

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

export type Venue =
  | 'ABROAD'
  | 'BORDER'
  | 'INLAND';

export type ConsentPersonQueryVariables = Exact<{
  id: string;
  locale: string;
}>;


export type ConsentPersonQuery = { person: { id: string, reference: string, erasedAt: string | null, summary: { isChild: boolean } } | null, agencies: Array<{ id: string, name: string, type: AgencyType }> };

export type ConsentGrantsQueryVariables = Exact<{
  personId: string;
}>;


export type ConsentGrantsQuery = { consentGrants: Array<{ id: string, personId: string, granteeAgencyId: string | null, granteeAgencyType: AgencyType | null, purpose: ConsentPurpose, categories: Array<DataCategory>, givenBy: ConsentGiver, recordedAt: string, expiresAt: string | null, withdrawnAt: string | null, active: boolean, evidenceReference: string | null, flaggedForReview: boolean, reviewedAt: string | null, reviewOutcome: ReviewOutcome | null }> };

export type ConsentGrantsForReviewQueryVariables = Exact<{
  personId: string;
}>;


export type ConsentGrantsForReviewQuery = { consentGrantsForReview: Array<{ id: string }> };

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type GrantConsentMutation = { grantConsent: { id: string } };

export type WithdrawConsentMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { id: string, withdrawnAt: string | null, active: boolean } };

export type ReviewConsentGrantMutationVariables = Exact<{
  id: string;
  outcome: ReviewOutcome;
  note?: string | null | undefined;
}>;


export type ReviewConsentGrantMutation = { reviewConsentGrant: { id: string, reviewedAt: string | null, reviewOutcome: ReviewOutcome | null } };

export type LegalBasisOverridesQueryVariables = Exact<{
  personId: string;
}>;


export type LegalBasisOverridesQuery = { legalBasisOverrides: Array<{ id: string, granteeAgencyId: string, categories: Array<DataCategory>, reason: string | null, grantedAt: string, expiresAt: string, reviewedAt: string | null, reviewOutcome: ReviewOutcome | null, reviewNote: string | null }> };

export type GrantLegalBasisOverrideMutationVariables = Exact<{
  input: GrantLegalBasisOverrideInput;
}>;


export type GrantLegalBasisOverrideMutation = { grantLegalBasisOverride: { id: string } };

export type ReviewLegalBasisOverrideMutationVariables = Exact<{
  id: string;
  outcome: ReviewOutcome;
  note?: string | null | undefined;
}>;


export type ReviewLegalBasisOverrideMutation = { reviewLegalBasisOverride: { id: string, reviewedAt: string | null, reviewOutcome: ReviewOutcome | null } };

export type LegalHoldsQueryVariables = Exact<{
  personId: string;
  locale: string;
}>;


export type LegalHoldsQuery = { legalHolds: Array<{ id: string, reasonCode: string, setAt: string, releasedAt: string | null }>, legalHoldReasonCodes: Array<{ code: LegalHoldReasonCode, label: string }> };

export type SetLegalHoldMutationVariables = Exact<{
  personId: string;
  reasonCode: string;
}>;


export type SetLegalHoldMutation = { setLegalHold: { id: string } };

export type ReleaseLegalHoldMutationVariables = Exact<{
  personId: string;
}>;


export type ReleaseLegalHoldMutation = { releaseLegalHold: { id: string } };

export type RecordSubjectAccessRequestMutationVariables = Exact<{
  input: RecordSubjectAccessRequestInput;
}>;


export type RecordSubjectAccessRequestMutation = { recordSubjectAccessRequest: { id: string, requestReference: string, language: DocumentLanguage } };

export type ExportPersonDataQueryVariables = Exact<{
  personId: string;
  requestReference: string;
}>;


export type ExportPersonDataQuery = { exportPersonData: { personId: string, reference: string, requestReference: string, generatedAt: string, document: unknown, rendering: { language: DocumentLanguage, mediaType: string, content: string } } };

export type ErasePersonDataMutationVariables = Exact<{
  personId: string;
  requestReference: string;
}>;


export type ErasePersonDataMutation = { erasePersonData: { personId: string, erasedAt: string, consentsWithdrawn: number, erasedNow: boolean } };

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


export const ConsentPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsentPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isChild"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<ConsentPersonQuery, ConsentPersonQueryVariables>;
export const ConsentGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsentGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"granteeAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"granteeAgencyType"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceReference"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}}]}}]}}]} as unknown as DocumentNode<ConsentGrantsQuery, ConsentGrantsQueryVariables>;
export const ConsentGrantsForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsentGrantsForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentGrantsForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"pendingReviewOnly"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsentGrantsForReviewQuery, ConsentGrantsForReviewQueryVariables>;
export const GrantConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const WithdrawConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const ReviewConsentGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewConsentGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewConsentGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}}]}}]}}]} as unknown as DocumentNode<ReviewConsentGrantMutation, ReviewConsentGrantMutationVariables>;
export const LegalBasisOverridesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalBasisOverrides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalBasisOverrides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"granteeAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]}}]} as unknown as DocumentNode<LegalBasisOverridesQuery, LegalBasisOverridesQueryVariables>;
export const GrantLegalBasisOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantLegalBasisOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantLegalBasisOverrideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantLegalBasisOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GrantLegalBasisOverrideMutation, GrantLegalBasisOverrideMutationVariables>;
export const ReviewLegalBasisOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewLegalBasisOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewLegalBasisOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}}]}}]}}]} as unknown as DocumentNode<ReviewLegalBasisOverrideMutation, ReviewLegalBasisOverrideMutationVariables>;
export const LegalHoldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalHolds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalHolds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalHoldReasonCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<LegalHoldsQuery, LegalHoldsQueryVariables>;
export const SetLegalHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLegalHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasonCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLegalHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasonCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasonCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetLegalHoldMutation, SetLegalHoldMutationVariables>;
export const ReleaseLegalHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseLegalHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseLegalHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReleaseLegalHoldMutation, ReleaseLegalHoldMutationVariables>;
export const RecordSubjectAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSubjectAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSubjectAccessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSubjectAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestReference"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<RecordSubjectAccessRequestMutation, RecordSubjectAccessRequestMutationVariables>;
export const ExportPersonDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportPersonData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportPersonData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestReference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"requestReference"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"rendering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<ExportPersonDataQuery, ExportPersonDataQueryVariables>;
export const ErasePersonDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErasePersonData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasePersonData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestReference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentsWithdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"erasedNow"}}]}}]}}]} as unknown as DocumentNode<ErasePersonDataMutation, ErasePersonDataMutationVariables>;
export const IndicatorCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<IndicatorCatalogQuery, IndicatorCatalogQueryVariables>;
export const SubmitInitialIdentificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitInitialIdentification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitInitialIdentificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitInitialIdentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetsThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"missingGroups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitInitialIdentificationMutation, SubmitInitialIdentificationMutationVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initialIdentifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetsThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"missingGroups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isChild"}},{"kind":"Field","name":{"kind":"Name","value":"identificationStatus"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const PersonPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isChild"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"identificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"traffickingExperience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"educationEmployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectRef"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;