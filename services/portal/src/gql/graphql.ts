/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccessDecision =
  | 'ALLOWED'
  | 'DENIED';

export type AdmitToCaseInput = {
  /** When the person arrived; not in the future, not more than 30 days before the case opened */
  admittedAt: string;
  caseId: string;
  placementType: PlacementType;
};

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

export type AssessmentArea =
  | 'ACCOMMODATION'
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'FAMILY'
  | 'HEALTH'
  | 'LEGAL'
  | 'PRE_DEPARTURE'
  | 'PSYCHOSOCIAL'
  | 'SECURITY';

export type AssignCaseManagerInput = {
  caseId: string;
  /** A case manager of the shelter, by directory user id (users(filter: { role: case_manager })) */
  caseManagerId: string;
};

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

export type CasePhase =
  | 'CRISIS_INTERVENTION'
  | 'SOCIAL_INCLUSION'
  | 'STABILISATION';

export type CaseStatus =
  | 'ACCEPTED'
  | 'ACTIVE'
  | 'CLOSED'
  | 'CLOSED_REFERRED'
  | 'FOLLOW_UP'
  | 'REFERRED';

export type CloseCaseInput = {
  caseId: string;
  closureType: ClosureType;
  /** The closure review (docs/domain.md §2 step 8): required, not blank */
  reviewNotes: string;
};

export type ClosureType =
  | 'NOT_MUTUAL'
  | 'PLANNED_MUTUAL'
  | 'UNPLANNED';

export type ComplaintAddressee =
  | 'PROGRAMME_MANAGER'
  | 'STAFF'
  | 'STATE_SOCIAL_SERVICE';

export type ComplaintAspect =
  | 'ACCOMMODATION'
  | 'CONFIDENTIALITY'
  | 'OTHER'
  | 'RULES'
  | 'SAFETY'
  | 'SERVICES'
  | 'STAFF_CONDUCT';

export type ComplaintChannel =
  | 'VERBAL'
  | 'WRITTEN';

export type ComplaintOutcome =
  | 'NOT_UPHELD'
  | 'PARTLY_UPHELD'
  | 'UPHELD'
  | 'WITHDRAWN';

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

export type ConveneFormalIdentificationGroupInput = {
  formalIdentificationId: string;
  /** A formal_id_police user of the State Police (directory id, the token sub) */
  policeMemberId: string;
  scheduledAt: string;
  /** An adult: a formal_id_social user of a regional social service; a child: a child_protection_worker of the child's unit */
  socialMemberId: string;
};

export type CreateReferralInput = {
  /** The providers offered to the person (from providerMatches); the person chose providerId, which must be among them. Defaults to [providerId] */
  optionsOffered?: Array<string> | null | undefined;
  /** Lets the RA refer to a provider with no place free; its acceptance may then take a place beyond the total */
  overCapacityAgreement?: OverCapacityAgreementInput | null | undefined;
  personId: string;
  /** A provider from serviceProviders */
  providerId: string;
  /** A transfer: the person's accepted referral this one replaces. Without it, a person with a pending or accepted referral cannot be referred again. */
  transferFromReferralId?: string | null | undefined;
  /** Urgent referrals have a shorter answer deadline */
  urgent?: boolean | null | undefined;
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

export type DeadlineFilter = {
  /** The owning agency's; only the Responsible Authority may name another agency than its own */
  agencyId?: string | null | undefined;
  /** Only those past due: escalated, or open past their due time */
  overdueOnly?: boolean | null | undefined;
  state?: DeadlineState | null | undefined;
  /** One person: their NRM reference */
  subjectRef?: string | null | undefined;
};

export type DeadlineKind =
  | 'FORMAL_ID_GROUP'
  | 'MONITORING_CONTACT'
  | 'NEEDS_ASSESSMENT'
  | 'OVERRIDE_REVIEW'
  | 'PLAN_ACTION_REVIEW'
  | 'RA_ACKNOWLEDGEMENT'
  | 'REFERRAL_RESPONSE'
  | 'REFLECTION_PERIOD_END'
  | 'RESIDENCE_PERMIT_EXPIRY';

export type DeadlineState =
  | 'CANCELLED'
  | 'ESCALATED'
  | 'MET'
  | 'OPEN';

export type Dimension =
  | 'AGENCY_TYPE'
  | 'AGE_GROUP'
  | 'CASE_PHASE'
  | 'CITIZENSHIP'
  | 'CITIZENSHIP_COUNTRY'
  | 'CLOSURE_TYPE'
  | 'EXPLOITATION_TYPE'
  | 'IDENTIFICATION_STATUS'
  | 'PLACE_OF_EXPLOITATION'
  | 'REGION'
  | 'SEX';

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

export type FailedJobsFilter = {
  /** Only this queue */
  queue?: string | null | undefined;
  /** Only this service's queues */
  service?: string | null | undefined;
};

export type FormalIdentificationStatus =
  | 'CONCLUDED'
  | 'GROUP_CONVENED'
  | 'REQUESTED';

export type FormalOutcome =
  | 'NOT_VICTIM'
  | 'VICTIM';

export type FunnelStage =
  | 'ACCEPTED'
  | 'FORMAL_ID_REQUESTED'
  | 'IDENTIFIED'
  | 'OUTCOME'
  | 'REFERRED';

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

export type LegalBasis =
  | 'CONSENT'
  | 'LEGAL_MANDATE'
  | 'OVERRIDE'
  | 'OWNER';

export type LegalHoldReasonCode =
  | 'COMPENSATION_CLAIM'
  | 'CRIMINAL_INVESTIGATION'
  | 'CRIMINAL_PROCEEDINGS'
  | 'PRESERVATION_ORDER';

export type LegalProblemType =
  | 'COMPENSATION_CLAIM'
  | 'COOPERATION_WITH_LAW_ENFORCEMENT'
  | 'CRIMINAL_CHARGES'
  | 'FAMILY_LAW'
  | 'IMMIGRATION_STATUS'
  | 'OTHER';

export type LodgeComplaintInput = {
  addressee: ComplaintAddressee;
  /** True: no case and no person is recorded with the complaint */
  anonymous: boolean;
  aspect: ComplaintAspect;
  /** The case of the person complaining; absent for an anonymous complaint */
  caseId?: string | null | undefined;
  channel: ComplaintChannel;
  /** The complaint in the words given (a verbal one as written down) */
  description: string;
};

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

export type MonitoringArea =
  | 'ACTIVITIES'
  | 'EDUCATION'
  | 'EMOTIONS'
  | 'EMPLOYMENT'
  | 'FAMILY'
  | 'HEALTH'
  | 'LEGAL'
  | 'RELATIONSHIPS';

export type MonitoringMode =
  | 'OFFICE'
  | 'PHONE'
  | 'VISIT';

export type MoveCasePhaseInput = {
  caseId: string;
  phase: CasePhase;
};

export type NotificationKind =
  | 'AGE_VERIFIED'
  | 'ANONYMOUS_IDENTIFICATION'
  | 'CHILD_REGION_WITHOUT_UNIT'
  | 'CONSENT_WITHDRAWN'
  | 'CRIMINAL_REPORT_RECORDED'
  | 'DEADLINE_ESCALATED'
  | 'DEADLINE_REMINDER'
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

export type NotificationPreferencesInput = {
  /** Kinds to e-mail; every other kind is not e-mailed unless urgent */
  emailKinds: Array<NotificationKind>;
  /** en or sq; null: the directory's language */
  language?: string | null | undefined;
};

/** An over-capacity agreement with a full provider (docs/api.md, "Referrals"): references only, no free text about the person */
export type OverCapacityAgreementInput = {
  /** The provider's agency id the agreement was made with: the referred provider's agencyId */
  agreedWith: string;
  /** The agreement's reference, e.g. the RA's protocol number: 1 to 64 letters, digits, '/', '-', '_' or '.' */
  reference: string;
};

export type PeriodGranularity =
  | 'EXACT'
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

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

export type PlacementType =
  | 'FAMILY_OF_ORIGIN'
  | 'FOSTER_FAMILY'
  | 'OTHER'
  | 'PROTECTED_APARTMENT'
  | 'RESIDENTIAL_SHELTER';

export type PlanActionInput = {
  description: string;
  responsible: PlanResponsibleKind;
  /** TEAM_MEMBER: the user id of the team member (directory); PERSON: none */
  responsibleUserId?: string | null | undefined;
  /** ISO 8601 date (YYYY-MM-DD) the action is reviewed on */
  reviewDate: string;
  /** How success is recognised */
  successIndicator: string;
};

export type PlanObjectiveInput = {
  actions: Array<PlanActionInput>;
  area: AssessmentArea;
  objective: string;
};

/** EN (English) or SQ (Albanian) */
export type PlanPdfLocale =
  | 'EN'
  | 'SQ';

export type PlanResponsibleKind =
  | 'PERSON'
  | 'TEAM_MEMBER';

export type PlanSignatory =
  | 'CASE_MANAGER'
  | 'GUARDIAN'
  | 'PERSON';

export type PlanVersionStatus =
  | 'AWAITING_SIGNATURES'
  | 'DRAFT'
  | 'SIGNED';

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

export type RecordComplaintOutcomeInput = {
  complaintId: string;
  note?: string | null | undefined;
  outcome: ComplaintOutcome;
};

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

export type RecordMonitoringContactInput = {
  areas: Array<MonitoringArea>;
  caseId: string;
  /** When the contact took place (ISO 8601); now when absent; never in the future */
  contactedAt?: string | null | undefined;
  mode: MonitoringMode;
  notes?: string | null | undefined;
};

export type RecordNeedsAssessmentInput = {
  area: AssessmentArea;
  caseId: string;
  /** A disagreement within the multidisciplinary team about this area (who holds which view, and why); omitted when the team agreed */
  disagreement?: string | null | undefined;
  /** LEGAL with PROBLEMS_IDENTIFIED: the kinds of problem found (at least one); no other assessment names any */
  legalProblems?: Array<LegalProblemType> | null | undefined;
  notes?: string | null | undefined;
  suicideRisk?: boolean | null | undefined;
  /** A summary code of the area: assessmentAreas lists each area's codes with their labels */
  summary: string;
};

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

export type ReferralDecision =
  | 'ACCEPT'
  | 'DECLINE';

export type ReferralFilter = {
  personId?: string | null | undefined;
  status?: ReferralStatus | null | undefined;
};

export type ReferralStatus =
  | 'ACCEPTED'
  | 'CLOSED'
  | 'DECLINED'
  | 'PENDING'
  | 'WITHDRAWN';

export type ReferralWithdrawalReason =
  | 'ENTERED_IN_ERROR'
  | 'NEEDS_CHANGED'
  | 'NO_ANSWER_IN_TIME'
  | 'PERSON_CHOSE_ANOTHER_PROVIDER'
  | 'PERSON_UNREACHABLE'
  | 'PERSON_WITHDREW';

export type RequestFormalIdentificationInput = {
  personId: string;
  /** An adult's signed statement of willingness (required true for an adult); ignored for a child */
  statementOfWillingness?: boolean | null | undefined;
};

export type RequestStatisticsExportInput = {
  format: StatisticsExportFormat;
  kind: StatisticsExportKind;
  /** SNAPSHOT: the stored snapshot */
  snapshotId?: string | null | undefined;
  /** TABLE: the table; CTDC: the period (from, to) of identification */
  table?: StatisticsInput | null | undefined;
};

export type RequesterIdentityCheck =
  | 'CONFIRMED_BY_CASE_MANAGER'
  | 'IDENTITY_DOCUMENT_SEEN'
  | 'KNOWN_TO_STAFF'
  | 'LEGAL_REPRESENTATIVE_MANDATE_SEEN';

export type RespondToReferralInput = {
  decision: ReferralDecision;
  /** Required to decline, so the Responsible Authority can re-route */
  reason?: string | null | undefined;
  referralId: string;
};

export type ReviewOutcome =
  | 'REVOKED'
  | 'UPHELD';

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

export type SaveIdentificationDraftInput = {
  /** The clientRequestId the submission will use: submitting with it consumes the draft */
  clientRequestId: string;
  /** The draft to save again; left out, the draft of this clientRequestId is created or saved again */
  draftId?: string | null | undefined;
  /** The form's state as JSON text (an object); checked in full only when submitted */
  payload: string;
};

export type SaveReintegrationPlanInput = {
  caseId: string;
  objectives: Array<PlanObjectiveInput>;
};

export type ServedGroup =
  | 'ADULTS'
  | 'BOYS'
  | 'CHILDREN'
  | 'FOREIGNERS'
  | 'GIRLS'
  | 'MEN'
  | 'WITH_CHILDREN'
  | 'WOMEN';

export type SetCaseTeamInput = {
  caseId: string;
  /** Directory user ids of the shelter's staff (at most 20); replaces the team */
  memberIds: Array<string>;
};

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

export type SignReintegrationPlanInput = {
  caseId: string;
  signatory: PlanSignatory;
  /** The version being signed: only the latest version of the case can be signed */
  version: number;
};

export type SnapshotPeriodKind =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type StatisticsExportFormat =
  | 'CSV'
  | 'XLSX';

export type StatisticsExportKind =
  | 'CTDC'
  | 'SNAPSHOT'
  | 'TABLE';

export type StatisticsExportState =
  | 'FAILED'
  | 'QUEUED'
  | 'READY'
  | 'RUNNING';

export type StatisticsInput = {
  from: string;
  /** Up to two dimensions, each once (ra_head: up to three); none for the total alone */
  groupBy: Array<Dimension>;
  measure?: StatisticsMeasure;
  /** Included; not before from */
  to: string;
};

export type StatisticsMeasure =
  | 'CASES_OPENED'
  | 'CASE_CLOSURES'
  | 'CONSENT_REFUSALS'
  | 'IDENTIFICATIONS'
  | 'PERMITS_ISSUED'
  | 'REFERRALS';

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

export type TeamFunction =
  | 'DOCTOR'
  | 'JOB_COORDINATOR'
  | 'LAWYER'
  | 'PSYCHOLOGIST'
  | 'SOCIAL_WORKER'
  | 'TEACHER';

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

export type WithdrawReferralInput = {
  /** A code, never free text about the person */
  reason: ReferralWithdrawalReason;
  referralId: string;
};

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

export type CasesIncomingReferralsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CasesIncomingReferralsQuery = { referrals: { edges: Array<{ node: { id: string, reference: string, status: ReferralStatus, urgent: boolean, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CasesRespondToReferralMutationVariables = Exact<{
  input: RespondToReferralInput;
}>;


export type CasesRespondToReferralMutation = { respondToReferral: { id: string, status: ReferralStatus, caseId: string | null, declineReason: string | null } };

export type CasesListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CasesListQuery = { cases: { edges: Array<{ node: { id: string, reference: string, status: CaseStatus, phase: CasePhase | null, openedAt: string, assessmentsDueAt: string | null, nextMonitoringContactDueAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseFieldsFragment = { id: string, reference: string, status: CaseStatus, phase: CasePhase | null, openedAt: string, admittedAt: string | null, placementType: PlacementType | null, assessmentsDueAt: string | null, caseManagerId: string | null, teamMemberIds: Array<string>, phaseStartedAt: string | null, phaseReviewDueAt: string | null, followUpStartedAt: string | null, closedAt: string | null, closureType: ClosureType | null, closureReviewNotes: string | null, nextMonitoringContactDueAt: string | null };

export type CasesCaseQueryVariables = Exact<{
  id: string;
}>;


export type CasesCaseQuery = { case: { id: string, reference: string, status: CaseStatus, phase: CasePhase | null, openedAt: string, admittedAt: string | null, placementType: PlacementType | null, assessmentsDueAt: string | null, caseManagerId: string | null, teamMemberIds: Array<string>, phaseStartedAt: string | null, phaseReviewDueAt: string | null, followUpStartedAt: string | null, closedAt: string | null, closureType: ClosureType | null, closureReviewNotes: string | null, nextMonitoringContactDueAt: string | null, person: { id: string } | null } };

export type CasesRecordsQueryVariables = Exact<{
  personId: string;
}>;


export type CasesRecordsQuery = { person: { id: string, reference: string, summary: { isChild: boolean }, health: { assessments: Array<{ id: string, area: AssessmentArea, summary: string, legalProblems: Array<LegalProblemType>, notes: string | null, disagreement: string | null, suicideRisk: boolean, recordedAt: string }> } | null, psychosocial: { assessments: Array<{ id: string, area: AssessmentArea, summary: string, legalProblems: Array<LegalProblemType>, notes: string | null, disagreement: string | null, suicideRisk: boolean, recordedAt: string }> } | null, legal: { assessments: Array<{ id: string, area: AssessmentArea, summary: string, legalProblems: Array<LegalProblemType>, notes: string | null, disagreement: string | null, suicideRisk: boolean, recordedAt: string }> } | null, family: { assessments: Array<{ id: string, area: AssessmentArea, summary: string, legalProblems: Array<LegalProblemType>, notes: string | null, disagreement: string | null, suicideRisk: boolean, recordedAt: string }> } | null, educationEmployment: { assessments: Array<{ id: string, area: AssessmentArea, summary: string, legalProblems: Array<LegalProblemType>, notes: string | null, disagreement: string | null, suicideRisk: boolean, recordedAt: string }> } | null, security: { assessments: Array<{ id: string, area: AssessmentArea, summary: string, legalProblems: Array<LegalProblemType>, notes: string | null, disagreement: string | null, suicideRisk: boolean, recordedAt: string }> } | null, accommodation: { assessments: Array<{ id: string, area: AssessmentArea, summary: string, legalProblems: Array<LegalProblemType>, notes: string | null, disagreement: string | null, suicideRisk: boolean, recordedAt: string }> } | null, reintegrationPlans: Array<{ id: string, caseId: string, version: number, status: PlanVersionStatus, guardianRequired: boolean, personSignedAt: string | null, caseManagerSignedAt: string | null, guardianSignedAt: string | null, signedAt: string | null, createdAt: string, updatedAt: string, objectives: Array<{ area: AssessmentArea, objective: string, actions: Array<{ description: string, responsible: PlanResponsibleKind, responsibleUserId: string | null, reviewDate: string, successIndicator: string }> }> }> | null, monitoringContacts: Array<{ id: string, caseId: string, mode: MonitoringMode, areas: Array<MonitoringArea>, notes: string | null, contactedAt: string, phase: CasePhase | null }> | null } | null };

export type AssessmentFieldsFragment = { id: string, area: AssessmentArea, summary: string, legalProblems: Array<LegalProblemType>, notes: string | null, disagreement: string | null, suicideRisk: boolean, recordedAt: string };

export type PlanFieldsFragment = { id: string, caseId: string, version: number, status: PlanVersionStatus, guardianRequired: boolean, personSignedAt: string | null, caseManagerSignedAt: string | null, guardianSignedAt: string | null, signedAt: string | null, createdAt: string, updatedAt: string, objectives: Array<{ area: AssessmentArea, objective: string, actions: Array<{ description: string, responsible: PlanResponsibleKind, responsibleUserId: string | null, reviewDate: string, successIndicator: string }> }> };

export type CasesAssessmentAreasQueryVariables = Exact<{
  locale: string;
}>;


export type CasesAssessmentAreasQuery = { assessmentAreas: Array<{ area: AssessmentArea, label: string, category: DataCategory, summaryCodes: Array<{ code: string, label: string }> }>, legalProblemTypes: Array<{ code: LegalProblemType, label: string }> };

export type CasesShelterUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type CasesShelterUsersQuery = { users: Array<{ id: string, username: string, roles: Array<Role>, teamFunction: TeamFunction | null }> };

export type CasesAdmitMutationVariables = Exact<{
  input: AdmitToCaseInput;
}>;


export type CasesAdmitMutation = { admitToCase: { id: string, reference: string, status: CaseStatus, phase: CasePhase | null, openedAt: string, admittedAt: string | null, placementType: PlacementType | null, assessmentsDueAt: string | null, caseManagerId: string | null, teamMemberIds: Array<string>, phaseStartedAt: string | null, phaseReviewDueAt: string | null, followUpStartedAt: string | null, closedAt: string | null, closureType: ClosureType | null, closureReviewNotes: string | null, nextMonitoringContactDueAt: string | null } };

export type CasesAssignCaseManagerMutationVariables = Exact<{
  input: AssignCaseManagerInput;
}>;


export type CasesAssignCaseManagerMutation = { assignCaseManager: { id: string, reference: string, status: CaseStatus, phase: CasePhase | null, openedAt: string, admittedAt: string | null, placementType: PlacementType | null, assessmentsDueAt: string | null, caseManagerId: string | null, teamMemberIds: Array<string>, phaseStartedAt: string | null, phaseReviewDueAt: string | null, followUpStartedAt: string | null, closedAt: string | null, closureType: ClosureType | null, closureReviewNotes: string | null, nextMonitoringContactDueAt: string | null } };

export type CasesSetTeamMutationVariables = Exact<{
  input: SetCaseTeamInput;
}>;


export type CasesSetTeamMutation = { setCaseTeam: { id: string, reference: string, status: CaseStatus, phase: CasePhase | null, openedAt: string, admittedAt: string | null, placementType: PlacementType | null, assessmentsDueAt: string | null, caseManagerId: string | null, teamMemberIds: Array<string>, phaseStartedAt: string | null, phaseReviewDueAt: string | null, followUpStartedAt: string | null, closedAt: string | null, closureType: ClosureType | null, closureReviewNotes: string | null, nextMonitoringContactDueAt: string | null } };

export type CasesMovePhaseMutationVariables = Exact<{
  input: MoveCasePhaseInput;
}>;


export type CasesMovePhaseMutation = { moveCasePhase: { id: string, reference: string, status: CaseStatus, phase: CasePhase | null, openedAt: string, admittedAt: string | null, placementType: PlacementType | null, assessmentsDueAt: string | null, caseManagerId: string | null, teamMemberIds: Array<string>, phaseStartedAt: string | null, phaseReviewDueAt: string | null, followUpStartedAt: string | null, closedAt: string | null, closureType: ClosureType | null, closureReviewNotes: string | null, nextMonitoringContactDueAt: string | null } };

export type CasesStartFollowUpMutationVariables = Exact<{
  caseId: string;
}>;


export type CasesStartFollowUpMutation = { startFollowUp: { id: string, reference: string, status: CaseStatus, phase: CasePhase | null, openedAt: string, admittedAt: string | null, placementType: PlacementType | null, assessmentsDueAt: string | null, caseManagerId: string | null, teamMemberIds: Array<string>, phaseStartedAt: string | null, phaseReviewDueAt: string | null, followUpStartedAt: string | null, closedAt: string | null, closureType: ClosureType | null, closureReviewNotes: string | null, nextMonitoringContactDueAt: string | null } };

export type CasesCloseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CasesCloseMutation = { closeCase: { id: string, reference: string, status: CaseStatus, phase: CasePhase | null, openedAt: string, admittedAt: string | null, placementType: PlacementType | null, assessmentsDueAt: string | null, caseManagerId: string | null, teamMemberIds: Array<string>, phaseStartedAt: string | null, phaseReviewDueAt: string | null, followUpStartedAt: string | null, closedAt: string | null, closureType: ClosureType | null, closureReviewNotes: string | null, nextMonitoringContactDueAt: string | null } };

export type CasesRecordAssessmentMutationVariables = Exact<{
  input: RecordNeedsAssessmentInput;
}>;


export type CasesRecordAssessmentMutation = { recordNeedsAssessment: { id: string, area: AssessmentArea, summary: string, legalProblems: Array<LegalProblemType>, notes: string | null, disagreement: string | null, suicideRisk: boolean, recordedAt: string } };

export type CasesSavePlanMutationVariables = Exact<{
  input: SaveReintegrationPlanInput;
}>;


export type CasesSavePlanMutation = { saveReintegrationPlan: { id: string, caseId: string, version: number, status: PlanVersionStatus, guardianRequired: boolean, personSignedAt: string | null, caseManagerSignedAt: string | null, guardianSignedAt: string | null, signedAt: string | null, createdAt: string, updatedAt: string, objectives: Array<{ area: AssessmentArea, objective: string, actions: Array<{ description: string, responsible: PlanResponsibleKind, responsibleUserId: string | null, reviewDate: string, successIndicator: string }> }> } };

export type CasesSignPlanMutationVariables = Exact<{
  input: SignReintegrationPlanInput;
}>;


export type CasesSignPlanMutation = { signReintegrationPlan: { id: string, caseId: string, version: number, status: PlanVersionStatus, guardianRequired: boolean, personSignedAt: string | null, caseManagerSignedAt: string | null, guardianSignedAt: string | null, signedAt: string | null, createdAt: string, updatedAt: string, objectives: Array<{ area: AssessmentArea, objective: string, actions: Array<{ description: string, responsible: PlanResponsibleKind, responsibleUserId: string | null, reviewDate: string, successIndicator: string }> }> } };

export type CasesPlanPdfQueryVariables = Exact<{
  planId: string;
  locale: PlanPdfLocale;
}>;


export type CasesPlanPdfQuery = { reintegrationPlanPdf: { filename: string, contentType: string, base64: string } };

export type CasesRecordContactMutationVariables = Exact<{
  input: RecordMonitoringContactInput;
}>;


export type CasesRecordContactMutation = { recordMonitoringContact: { nextContactDueAt: string | null, contact: { id: string, caseId: string, mode: MonitoringMode, areas: Array<MonitoringArea>, notes: string | null, contactedAt: string, phase: CasePhase | null } } };

export type CasesComplaintsQueryVariables = Exact<{
  first: number;
}>;


export type CasesComplaintsQuery = { complaints: Array<{ id: string, caseId: string | null, anonymous: boolean, channel: ComplaintChannel, addressee: ComplaintAddressee, aspect: ComplaintAspect, description: string, lodgedAt: string, outcome: ComplaintOutcome | null, outcomeNote: string | null, outcomeRecordedAt: string | null }> };

export type CasesLodgeComplaintMutationVariables = Exact<{
  input: LodgeComplaintInput;
}>;


export type CasesLodgeComplaintMutation = { lodgeComplaint: { id: string, anonymous: boolean, addressee: ComplaintAddressee, lodgedAt: string } };

export type CasesComplaintOutcomeMutationVariables = Exact<{
  input: RecordComplaintOutcomeInput;
}>;


export type CasesComplaintOutcomeMutation = { recordComplaintOutcome: { id: string, outcome: ComplaintOutcome | null, outcomeNote: string | null, outcomeRecordedAt: string | null } };

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

export type DeadlinesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: DeadlineFilter | null | undefined;
}>;


export type DeadlinesQuery = { deadlines: { edges: Array<{ node: { id: string, kind: DeadlineKind, subjectRef: string, subjectId: string, ownerAgencyId: string, dueAt: string, state: DeadlineState, closedAt: string | null, escalatedAt: string | null, metBy: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InboxClocksQueryVariables = Exact<{
  agencyId?: string | null | undefined;
  state: DeadlineState;
}>;


export type InboxClocksQuery = { deadlines: { edges: Array<{ node: { id: string, kind: DeadlineKind, subjectId: string, dueAt: string, state: DeadlineState, closedAt: string | null, metBy: string | null } }> } };

export type InboxAcknowledgementsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxAcknowledgementsQuery = { myNotifications: Array<{ id: string, kind: NotificationKind, subjectId: string, dueAt: string | null, acknowledgedBy: string | null, acknowledgedAt: string | null }> };

export type AcknowledgeIdentificationMutationVariables = Exact<{
  identificationId: string;
}>;


export type AcknowledgeIdentificationMutation = { acknowledgeIdentification: { id: string, kind: DeadlineKind, subjectRef: string, subjectId: string, dueAt: string, state: DeadlineState, closedAt: string | null, metBy: string | null } };

export type DeadlineAgenciesQueryVariables = Exact<{
  locale: string;
}>;


export type DeadlineAgenciesQuery = { agencies: Array<{ id: string, name: string }> };

export type DeadlinePersonQueryVariables = Exact<{
  reference: string;
}>;


export type DeadlinePersonQuery = { personByReference: { id: string } | null };

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

export type FailedJobsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: FailedJobsFilter | null | undefined;
}>;


export type FailedJobsQuery = { failedJobs: { edges: Array<{ node: { id: string, service: string, queue: string, kind: string, name: string, failedReason: string, attemptsMade: number, failedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RetryFailedJobMutationVariables = Exact<{
  service: string;
  queue: string;
  id: string;
}>;


export type RetryFailedJobMutation = { retryFailedJob: boolean };

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

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { myNotificationPreferences: { emailKinds: Array<NotificationKind>, alwaysEmailedKinds: Array<NotificationKind>, language: string | null } };

export type SetNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type SetNotificationPreferencesMutation = { setNotificationPreferences: { emailKinds: Array<NotificationKind>, alwaysEmailedKinds: Array<NotificationKind>, language: string | null } };

export type ReferralPersonQueryVariables = Exact<{
  id: string;
}>;


export type ReferralPersonQuery = { person: { id: string, reference: string, summary: { isChild: boolean, presumedChild: boolean, needs: Array<ImmediateNeed> } } | null };

export type ProviderMatchesQueryVariables = Exact<{
  personId: string;
  needs?: Array<string> | string | null | undefined;
}>;


export type ProviderMatchesQuery = { providerMatches: Array<{ eligible: boolean, reasons: Array<string>, overCapacityPossible: boolean, rank: number | null, score: number, regionMatch: boolean, servicesMatched: Array<string>, servicesMissing: Array<string>, exclusions: Array<{ code: string, message: string }>, provider: { id: string, agencyId: string, name: string, region: string, placesTotal: number | null, placesFree: number | null, serves: Array<ServedGroup>, services: Array<string> } }> };

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralMutation = { createReferral: { id: string, status: ReferralStatus } };

export type ReferralsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ReferralFilter | null | undefined;
}>;


export type ReferralsQuery = { referrals: { edges: Array<{ cursor: string, node: { id: string, reference: string, status: ReferralStatus, urgent: boolean, createdAt: string, respondedAt: string | null, provider: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReferralQueryVariables = Exact<{
  id: string;
}>;


export type ReferralQuery = { referral: { id: string, reference: string, status: ReferralStatus, urgent: boolean, createdAt: string, respondedAt: string | null, declineReason: string | null, caseId: string | null, consentWithdrawn: boolean, consentWithdrawnAt: string | null, transferFromReferralId: string | null, withdrawnAt: string | null, withdrawalReason: ReferralWithdrawalReason | null, closedAt: string | null, optionsOffered: Array<string>, placedOverCapacity: boolean, overCapacityAgreement: { reference: string, agreedWith: string } | null, provider: { id: string, name: string, region: string }, person: { id: string } } };

export type WithdrawReferralMutationVariables = Exact<{
  input: WithdrawReferralInput;
}>;


export type WithdrawReferralMutation = { withdrawReferral: { id: string, status: ReferralStatus, withdrawnAt: string | null, withdrawalReason: ReferralWithdrawalReason | null } };

export type FormalIdentificationsQueryVariables = Exact<{
  personId: string;
}>;


export type FormalIdentificationsQuery = { formalIdentifications: Array<{ id: string, status: FormalIdentificationStatus, requestedAt: string, dueAt: string | null, statementOfWillingness: boolean | null, convenedAt: string | null, scheduledAt: string | null, outcome: FormalOutcome | null, concludedAt: string | null }> };

export type RequestFormalIdentificationMutationVariables = Exact<{
  input: RequestFormalIdentificationInput;
}>;


export type RequestFormalIdentificationMutation = { requestFormalIdentification: { id: string, status: FormalIdentificationStatus, requestedAt: string, dueAt: string | null, statementOfWillingness: boolean | null, convenedAt: string | null, scheduledAt: string | null, outcome: FormalOutcome | null, concludedAt: string | null } };

export type NationalStatisticsQueryVariables = Exact<{
  input: StatisticsInput;
}>;


export type NationalStatisticsQuery = { nationalStatistics: { groupBy: Array<Dimension>, measure: StatisticsMeasure, threshold: number, from: string, to: string, granularity: PeriodGranularity, total: number | null, totalSuppressed: boolean, cells: Array<{ values: Array<string>, count: number | null, suppressed: boolean }> } };

export type StatisticsTrendQueryVariables = Exact<{
  m1: StatisticsInput;
  i1: boolean;
  m2: StatisticsInput;
  i2: boolean;
  m3: StatisticsInput;
  i3: boolean;
  m4: StatisticsInput;
  i4: boolean;
  m5: StatisticsInput;
  i5: boolean;
  m6: StatisticsInput;
  i6: boolean;
  m7: StatisticsInput;
  i7: boolean;
  m8: StatisticsInput;
  i8: boolean;
  m9: StatisticsInput;
  i9: boolean;
  m10: StatisticsInput;
  i10: boolean;
  m11: StatisticsInput;
  i11: boolean;
  m12: StatisticsInput;
  i12: boolean;
}>;


export type StatisticsTrendQuery = { m1?: { from: string, to: string, total: number | null, totalSuppressed: boolean, threshold: number }, m2?: { from: string, to: string, total: number | null, totalSuppressed: boolean, threshold: number }, m3?: { from: string, to: string, total: number | null, totalSuppressed: boolean, threshold: number }, m4?: { from: string, to: string, total: number | null, totalSuppressed: boolean, threshold: number }, m5?: { from: string, to: string, total: number | null, totalSuppressed: boolean, threshold: number }, m6?: { from: string, to: string, total: number | null, totalSuppressed: boolean, threshold: number }, m7?: { from: string, to: string, total: number | null, totalSuppressed: boolean, threshold: number }, m8?: { from: string, to: string, total: number | null, totalSuppressed: boolean, threshold: number }, m9?: { from: string, to: string, total: number | null, totalSuppressed: boolean, threshold: number }, m10?: { from: string, to: string, total: number | null, totalSuppressed: boolean, threshold: number }, m11?: { from: string, to: string, total: number | null, totalSuppressed: boolean, threshold: number }, m12?: { from: string, to: string, total: number | null, totalSuppressed: boolean, threshold: number } };

export type StatisticsFunnelQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type StatisticsFunnelQuery = { statisticsFunnel: { from: string, to: string, granularity: PeriodGranularity, threshold: number, steps: Array<{ stage: FunnelStage, count: number | null, suppressed: boolean }>, durations: Array<{ stage: FunnelStage, medianDays: number | null, p90Days: number | null, count: number | null, suppressed: boolean }> } };

export type ShelterOccupancyQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ShelterOccupancyQuery = { shelterOccupancy: Array<{ date: string, occupied: number | null, suppressed: boolean }> };

export type OverdueItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverdueItemsQuery = { overdueItems: Array<{ kind: string, count: number | null, suppressed: boolean }> };

export type StatisticsSnapshotsQueryVariables = Exact<{
  first: number;
  periodKind?: SnapshotPeriodKind | null | undefined;
}>;


export type StatisticsSnapshotsQuery = { statisticsSnapshots: Array<{ id: string, periodKind: SnapshotPeriodKind | null, periodKey: string | null, periodStart: string, periodEnd: string, revision: number | null, revisionNote: string | null, computedAt: string }> };

export type StatisticsSnapshotQueryVariables = Exact<{
  id: string;
}>;


export type StatisticsSnapshotQuery = { statisticsSnapshot: { id: string, periodKind: SnapshotPeriodKind | null, periodKey: string | null, periodStart: string, periodEnd: string, revision: number | null, revisionNote: string | null, computedAt: string, threshold: number | null, tables: Array<{ key: string, measure: StatisticsMeasure, groupBy: Array<Dimension>, from: string, to: string, granularity: PeriodGranularity, threshold: number, total: number | null, totalSuppressed: boolean, cells: Array<{ values: Array<string>, count: number | null, suppressed: boolean }> }> | null } };

export type RequestStatisticsExportMutationVariables = Exact<{
  input: RequestStatisticsExportInput;
}>;


export type RequestStatisticsExportMutation = { requestStatisticsExport: { id: string, state: StatisticsExportState, progress: number, fileName: string } };

export type StatisticsExportQueryVariables = Exact<{
  id: string;
}>;


export type StatisticsExportQuery = { statisticsExport: { id: string, state: StatisticsExportState, progress: number, fileName: string } };

export type StatisticsRegionsQueryVariables = Exact<{
  locale: string;
}>;


export type StatisticsRegionsQuery = { regions: Array<{ code: string, label: string }> };

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


export type MyNotificationsQuery = { myNotifications: Array<{ id: string, kind: NotificationKind, subjectRef: string, subjectId: string, createdAt: string, readAt: string | null, dueAt: string | null, deadlineKind: DeadlineKind | null, acknowledgedBy: string | null, acknowledgedAt: string | null }> };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, readAt: string | null } };

export type SaveIdentificationDraftMutationVariables = Exact<{
  input: SaveIdentificationDraftInput;
}>;


export type SaveIdentificationDraftMutation = { saveIdentificationDraft: { id: string, clientRequestId: string, updatedAt: string, expiresAt: string } };

export type MyIdentificationDraftsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyIdentificationDraftsQuery = { myIdentificationDrafts: Array<{ id: string, clientRequestId: string, payload: string, createdAt: string, updatedAt: string, expiresAt: string }> };

export type IdentificationDraftQueryVariables = Exact<{
  id: string;
}>;


export type IdentificationDraftQuery = { identificationDraft: { id: string, clientRequestId: string, payload: string, updatedAt: string } };

export type DiscardIdentificationDraftMutationVariables = Exact<{
  id: string;
}>;


export type DiscardIdentificationDraftMutation = { discardIdentificationDraft: boolean };

export const CaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentsDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberIds"}},{"kind":"Field","name":{"kind":"Name","value":"phaseStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phaseReviewDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closureType"}},{"kind":"Field","name":{"kind":"Name","value":"closureReviewNotes"}},{"kind":"Field","name":{"kind":"Name","value":"nextMonitoringContactDueAt"}}]}}]} as unknown as DocumentNode<CaseFieldsFragment, unknown>;
export const AssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsAssessmentEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"legalProblems"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"disagreement"}},{"kind":"Field","name":{"kind":"Name","value":"suicideRisk"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<AssessmentFieldsFragment, unknown>;
export const PlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReintegrationPlanVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guardianRequired"}},{"kind":"Field","name":{"kind":"Name","value":"personSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseManagerSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"guardianSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"successIndicator"}}]}}]}}]}}]} as unknown as DocumentNode<PlanFieldsFragment, unknown>;
export const ProviderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorised"}},{"kind":"Field","name":{"kind":"Name","value":"placesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"placesFree"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesOverCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"serves"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}}]}}]} as unknown as DocumentNode<ProviderFieldsFragment, unknown>;
export const FormalIdentificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormalIdentificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormalIdentification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"policeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"socialMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criminalReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<FormalIdentificationFieldsFragment, unknown>;
export const AuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrailFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"actorAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"granteeAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"granteeAgencyType"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForReview"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const VerifyAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"entriesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenAt"}},{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"entriesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenAt"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyAuditTrailQuery, VerifyAuditTrailQueryVariables>;
export const AuditAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuditAgenciesQuery, AuditAgenciesQueryVariables>;
export const CasesIncomingReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesIncomingReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CasesIncomingReferralsQuery, CasesIncomingReferralsQueryVariables>;
export const CasesRespondToReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesRespondToReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]}}]} as unknown as DocumentNode<CasesRespondToReferralMutation, CasesRespondToReferralMutationVariables>;
export const CasesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentsDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextMonitoringContactDueAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CasesListQuery, CasesListQueryVariables>;
export const CasesCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentsDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberIds"}},{"kind":"Field","name":{"kind":"Name","value":"phaseStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phaseReviewDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closureType"}},{"kind":"Field","name":{"kind":"Name","value":"closureReviewNotes"}},{"kind":"Field","name":{"kind":"Name","value":"nextMonitoringContactDueAt"}}]}}]} as unknown as DocumentNode<CasesCaseQuery, CasesCaseQueryVariables>;
export const CasesRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isChild"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"educationEmployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reintegrationPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"contactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsAssessmentEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"legalProblems"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"disagreement"}},{"kind":"Field","name":{"kind":"Name","value":"suicideRisk"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReintegrationPlanVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guardianRequired"}},{"kind":"Field","name":{"kind":"Name","value":"personSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseManagerSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"guardianSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"successIndicator"}}]}}]}}]}}]} as unknown as DocumentNode<CasesRecordsQuery, CasesRecordsQueryVariables>;
export const CasesAssessmentAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesAssessmentAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summaryCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalProblemTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<CasesAssessmentAreasQuery, CasesAssessmentAreasQueryVariables>;
export const CasesShelterUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesShelterUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"teamFunction"}}]}}]}}]} as unknown as DocumentNode<CasesShelterUsersQuery, CasesShelterUsersQueryVariables>;
export const CasesAdmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesAdmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitToCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitToCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentsDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberIds"}},{"kind":"Field","name":{"kind":"Name","value":"phaseStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phaseReviewDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closureType"}},{"kind":"Field","name":{"kind":"Name","value":"closureReviewNotes"}},{"kind":"Field","name":{"kind":"Name","value":"nextMonitoringContactDueAt"}}]}}]} as unknown as DocumentNode<CasesAdmitMutation, CasesAdmitMutationVariables>;
export const CasesAssignCaseManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesAssignCaseManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCaseManagerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCaseManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentsDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberIds"}},{"kind":"Field","name":{"kind":"Name","value":"phaseStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phaseReviewDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closureType"}},{"kind":"Field","name":{"kind":"Name","value":"closureReviewNotes"}},{"kind":"Field","name":{"kind":"Name","value":"nextMonitoringContactDueAt"}}]}}]} as unknown as DocumentNode<CasesAssignCaseManagerMutation, CasesAssignCaseManagerMutationVariables>;
export const CasesSetTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesSetTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCaseTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCaseTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentsDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberIds"}},{"kind":"Field","name":{"kind":"Name","value":"phaseStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phaseReviewDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closureType"}},{"kind":"Field","name":{"kind":"Name","value":"closureReviewNotes"}},{"kind":"Field","name":{"kind":"Name","value":"nextMonitoringContactDueAt"}}]}}]} as unknown as DocumentNode<CasesSetTeamMutation, CasesSetTeamMutationVariables>;
export const CasesMovePhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesMovePhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveCasePhaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveCasePhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentsDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberIds"}},{"kind":"Field","name":{"kind":"Name","value":"phaseStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phaseReviewDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closureType"}},{"kind":"Field","name":{"kind":"Name","value":"closureReviewNotes"}},{"kind":"Field","name":{"kind":"Name","value":"nextMonitoringContactDueAt"}}]}}]} as unknown as DocumentNode<CasesMovePhaseMutation, CasesMovePhaseMutationVariables>;
export const CasesStartFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesStartFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentsDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberIds"}},{"kind":"Field","name":{"kind":"Name","value":"phaseStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phaseReviewDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closureType"}},{"kind":"Field","name":{"kind":"Name","value":"closureReviewNotes"}},{"kind":"Field","name":{"kind":"Name","value":"nextMonitoringContactDueAt"}}]}}]} as unknown as DocumentNode<CasesStartFollowUpMutation, CasesStartFollowUpMutationVariables>;
export const CasesCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentsDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberIds"}},{"kind":"Field","name":{"kind":"Name","value":"phaseStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phaseReviewDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closureType"}},{"kind":"Field","name":{"kind":"Name","value":"closureReviewNotes"}},{"kind":"Field","name":{"kind":"Name","value":"nextMonitoringContactDueAt"}}]}}]} as unknown as DocumentNode<CasesCloseMutation, CasesCloseMutationVariables>;
export const CasesRecordAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesRecordAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNeedsAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNeedsAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsAssessmentEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"legalProblems"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"disagreement"}},{"kind":"Field","name":{"kind":"Name","value":"suicideRisk"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<CasesRecordAssessmentMutation, CasesRecordAssessmentMutationVariables>;
export const CasesSavePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesSavePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveReintegrationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReintegrationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReintegrationPlanVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guardianRequired"}},{"kind":"Field","name":{"kind":"Name","value":"personSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseManagerSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"guardianSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"successIndicator"}}]}}]}}]}}]} as unknown as DocumentNode<CasesSavePlanMutation, CasesSavePlanMutationVariables>;
export const CasesSignPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesSignPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignReintegrationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signReintegrationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReintegrationPlanVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guardianRequired"}},{"kind":"Field","name":{"kind":"Name","value":"personSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseManagerSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"guardianSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"successIndicator"}}]}}]}}]}}]} as unknown as DocumentNode<CasesSignPlanMutation, CasesSignPlanMutationVariables>;
export const CasesPlanPdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesPlanPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPdfLocale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reintegrationPlanPdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<CasesPlanPdfQuery, CasesPlanPdfQueryVariables>;
export const CasesRecordContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesRecordContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMonitoringContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMonitoringContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"contactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextContactDueAt"}}]}}]}}]} as unknown as DocumentNode<CasesRecordContactMutation, CasesRecordContactMutationVariables>;
export const CasesComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesComplaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lodgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRecordedAt"}}]}}]}}]} as unknown as DocumentNode<CasesComplaintsQuery, CasesComplaintsQueryVariables>;
export const CasesLodgeComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesLodgeComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LodgeComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lodgeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"}},{"kind":"Field","name":{"kind":"Name","value":"lodgedAt"}}]}}]}}]} as unknown as DocumentNode<CasesLodgeComplaintMutation, CasesLodgeComplaintMutationVariables>;
export const CasesComplaintOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesComplaintOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordComplaintOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordComplaintOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRecordedAt"}}]}}]}}]} as unknown as DocumentNode<CasesComplaintOutcomeMutation, CasesComplaintOutcomeMutationVariables>;
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
export const DeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectRef"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DeadlinesQuery, DeadlinesQueryVariables>;
export const InboxClocksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxClocks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineState"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxClocksQuery, InboxClocksQueryVariables>;
export const InboxAcknowledgementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxAcknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<InboxAcknowledgementsQuery, InboxAcknowledgementsQueryVariables>;
export const AcknowledgeIdentificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeIdentification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identificationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeIdentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identificationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectRef"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metBy"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeIdentificationMutation, AcknowledgeIdentificationMutationVariables>;
export const DeadlineAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadlineAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeadlineAgenciesQuery, DeadlineAgenciesQueryVariables>;
export const DeadlinePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadlinePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeadlinePersonQuery, DeadlinePersonQueryVariables>;
export const DirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorised"}},{"kind":"Field","name":{"kind":"Name","value":"placesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"placesFree"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesOverCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"serves"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}}]}}]} as unknown as DocumentNode<DirectoryQuery, DirectoryQueryVariables>;
export const DirectoryUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<DirectoryUsersQuery, DirectoryUsersQueryVariables>;
export const ProviderChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProviderChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"changedByUsername"}},{"kind":"Field","name":{"kind":"Name","value":"changedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ProviderChangesQuery, ProviderChangesQueryVariables>;
export const CreateServiceProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorised"}},{"kind":"Field","name":{"kind":"Name","value":"placesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"placesFree"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesOverCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"serves"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}}]}}]} as unknown as DocumentNode<CreateServiceProviderMutation, CreateServiceProviderMutationVariables>;
export const UpdateServiceProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateServiceProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorised"}},{"kind":"Field","name":{"kind":"Name","value":"placesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"placesFree"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesOverCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"serves"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}}]}}]} as unknown as DocumentNode<UpdateServiceProviderMutation, UpdateServiceProviderMutationVariables>;
export const SetServiceProviderAuthorisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetServiceProviderAuthorisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetServiceProviderAuthorisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceProviderAuthorisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorised"}},{"kind":"Field","name":{"kind":"Name","value":"placesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"placesFree"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesOverCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"serves"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}}]}}]} as unknown as DocumentNode<SetServiceProviderAuthorisationMutation, SetServiceProviderAuthorisationMutationVariables>;
export const FailedJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FailedJobsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"failedReason"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsMade"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FailedJobsQuery, FailedJobsQueryVariables>;
export const RetryFailedJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryFailedJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryFailedJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}},{"kind":"Argument","name":{"kind":"Name","value":"queue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queue"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RetryFailedJobMutation, RetryFailedJobMutationVariables>;
export const MyFormalIdentificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFormalIdentifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFormalIdentifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormalIdentificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormalIdentificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormalIdentification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"policeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"socialMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criminalReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<MyFormalIdentificationsQuery, MyFormalIdentificationsQueryVariables>;
export const FormalIdentificationPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormalIdentificationPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<FormalIdentificationPersonQuery, FormalIdentificationPersonQueryVariables>;
export const PersonFormalIdentificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonFormalIdentifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formalIdentifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormalIdentificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormalIdentificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormalIdentification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"policeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"socialMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criminalReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<PersonFormalIdentificationsQuery, PersonFormalIdentificationsQueryVariables>;
export const FormalIdentificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormalIdentification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formalIdentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormalIdentificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormalIdentificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormalIdentification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"policeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"socialMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criminalReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<FormalIdentificationQuery, FormalIdentificationQueryVariables>;
export const GroupCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"police"},"name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"FORMAL_ID_POLICE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"social"},"name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"FORMAL_ID_SOCIAL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"childProtection"},"name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"CHILD_PROTECTION_WORKER"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<GroupCandidatesQuery, GroupCandidatesQueryVariables>;
export const ConveneFormalIdentificationGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConveneFormalIdentificationGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConveneFormalIdentificationGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conveneFormalIdentificationGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormalIdentificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormalIdentificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormalIdentification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"policeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"socialMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criminalReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<ConveneFormalIdentificationGroupMutation, ConveneFormalIdentificationGroupMutationVariables>;
export const RecordFormalInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFormalInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFormalInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFormalInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormalIdentificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormalIdentificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormalIdentification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"policeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"socialMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criminalReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<RecordFormalInterviewMutation, RecordFormalInterviewMutationVariables>;
export const RecordCriminalReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCriminalReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCriminalReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCriminalReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<RecordCriminalReportMutation, RecordCriminalReportMutationVariables>;
export const RecordFormalIdentificationConclusionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFormalIdentificationConclusion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFormalIdentificationConclusionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFormalIdentificationConclusion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormalIdentificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormalIdentificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormalIdentification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"policeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"socialMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criminalReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<RecordFormalIdentificationConclusionMutation, RecordFormalIdentificationConclusionMutationVariables>;
export const MyNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailKinds"}},{"kind":"Field","name":{"kind":"Name","value":"alwaysEmailedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const SetNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailKinds"}},{"kind":"Field","name":{"kind":"Name","value":"alwaysEmailedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferencesMutation, SetNotificationPreferencesMutationVariables>;
export const ReferralPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isChild"}},{"kind":"Field","name":{"kind":"Name","value":"presumedChild"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralPersonQuery, ReferralPersonQueryVariables>;
export const ProviderMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needs"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"needs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"exclusions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overCapacityPossible"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"regionMatch"}},{"kind":"Field","name":{"kind":"Name","value":"servicesMatched"}},{"kind":"Field","name":{"kind":"Name","value":"servicesMissing"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"placesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"placesFree"}},{"kind":"Field","name":{"kind":"Name","value":"serves"}},{"kind":"Field","name":{"kind":"Name","value":"services"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderMatchesQuery, ProviderMatchesQueryVariables>;
export const CreateReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateReferralMutation, CreateReferralMutationVariables>;
export const ReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralsQuery, ReferralsQueryVariables>;
export const ReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"consentWithdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"consentWithdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"transferFromReferralId"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"optionsOffered"}},{"kind":"Field","name":{"kind":"Name","value":"placedOverCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"overCapacityAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"agreedWith"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralQuery, ReferralQueryVariables>;
export const WithdrawReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}}]}}]}}]} as unknown as DocumentNode<WithdrawReferralMutation, WithdrawReferralMutationVariables>;
export const FormalIdentificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormalIdentifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formalIdentifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}}]}}]}}]} as unknown as DocumentNode<FormalIdentificationsQuery, FormalIdentificationsQueryVariables>;
export const RequestFormalIdentificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestFormalIdentification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFormalIdentificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestFormalIdentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementOfWillingness"}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}}]}}]}}]} as unknown as DocumentNode<RequestFormalIdentificationMutation, RequestFormalIdentificationMutationVariables>;
export const NationalStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<NationalStatisticsQuery, NationalStatisticsQueryVariables>;
export const StatisticsTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m5"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i5"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m6"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i6"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m7"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i7"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m8"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i8"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m9"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i9"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m10"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i10"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m11"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i11"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m12"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i12"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"m1"},"name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m1"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i1"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m2"},"name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m2"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i2"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m3"},"name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m3"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i3"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m4"},"name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m4"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i4"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m5"},"name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m5"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i5"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m6"},"name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m6"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i6"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m7"},"name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m7"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i7"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m8"},"name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m8"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i8"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m9"},"name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m9"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i9"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m10"},"name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m10"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i10"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m11"},"name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m11"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i11"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m12"},"name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m12"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i12"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]} as unknown as DocumentNode<StatisticsTrendQuery, StatisticsTrendQueryVariables>;
export const StatisticsFunnelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsFunnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statisticsFunnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}},{"kind":"Field","name":{"kind":"Name","value":"p90Days"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsFunnelQuery, StatisticsFunnelQueryVariables>;
export const ShelterOccupancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShelterOccupancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterOccupancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<ShelterOccupancyQuery, ShelterOccupancyQueryVariables>;
export const OverdueItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<OverdueItemsQuery, OverdueItemsQueryVariables>;
export const StatisticsSnapshotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsSnapshots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SnapshotPeriodKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statisticsSnapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"periodKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKind"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKind"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]}}]} as unknown as DocumentNode<StatisticsSnapshotsQuery, StatisticsSnapshotsQueryVariables>;
export const StatisticsSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsSnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statisticsSnapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKind"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsSnapshotQuery, StatisticsSnapshotQueryVariables>;
export const RequestStatisticsExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestStatisticsExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestStatisticsExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestStatisticsExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]} as unknown as DocumentNode<RequestStatisticsExportMutation, RequestStatisticsExportMutationVariables>;
export const StatisticsExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statisticsExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]} as unknown as DocumentNode<StatisticsExportQuery, StatisticsExportQueryVariables>;
export const StatisticsRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<StatisticsRegionsQuery, StatisticsRegionsQueryVariables>;
export const IndicatorCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<IndicatorCatalogQuery, IndicatorCatalogQueryVariables>;
export const SubmitInitialIdentificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitInitialIdentification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitInitialIdentificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitInitialIdentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetsThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"missingGroups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitInitialIdentificationMutation, SubmitInitialIdentificationMutationVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initialIdentifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetsThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"missingGroups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isChild"}},{"kind":"Field","name":{"kind":"Name","value":"identificationStatus"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const PersonPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isChild"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"identificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"traffickingExperience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"educationEmployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectRef"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineKind"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const SaveIdentificationDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveIdentificationDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveIdentificationDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveIdentificationDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SaveIdentificationDraftMutation, SaveIdentificationDraftMutationVariables>;
export const MyIdentificationDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyIdentificationDrafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myIdentificationDrafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<MyIdentificationDraftsQuery, MyIdentificationDraftsQueryVariables>;
export const IdentificationDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentificationDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identificationDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<IdentificationDraftQuery, IdentificationDraftQueryVariables>;
export const DiscardIdentificationDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardIdentificationDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardIdentificationDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DiscardIdentificationDraftMutation, DiscardIdentificationDraftMutationVariables>;