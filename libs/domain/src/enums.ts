// Enumerations of docs/domain.md §2, §3 and §6, aligned with HTCDS / CTDC so data can be exchanged.

export enum DataCategory {
  SUMMARY = 'SUMMARY',
  IDENTITY = 'IDENTITY',
  CONTACT_LOCATION = 'CONTACT_LOCATION',
  TRAFFICKING_EXPERIENCE = 'TRAFFICKING_EXPERIENCE',
  HEALTH = 'HEALTH',
  PSYCHOSOCIAL = 'PSYCHOSOCIAL',
  LEGAL = 'LEGAL',
  FAMILY = 'FAMILY',
  EDUCATION_EMPLOYMENT = 'EDUCATION_EMPLOYMENT',
}

export enum ConsentPurpose {
  REFERRAL_ASSISTANCE = 'REFERRAL_ASSISTANCE',
  FORMAL_IDENTIFICATION = 'FORMAL_IDENTIFICATION',
  LAW_ENFORCEMENT_COOPERATION = 'LAW_ENFORCEMENT_COOPERATION',
  HEALTH_CARE = 'HEALTH_CARE',
  RESEARCH_ANONYMISED = 'RESEARCH_ANONYMISED',
}

export enum ConsentGiver {
  PERSON = 'PERSON',
  GUARDIAN = 'GUARDIAN',
  CHILD_PROTECTION_WORKER = 'CHILD_PROTECTION_WORKER',
}

export enum LegalBasis {
  OWNER = 'OWNER',
  LEGAL_MANDATE = 'LEGAL_MANDATE',
  CONSENT = 'CONSENT',
  OVERRIDE = 'OVERRIDE',
}

export enum AccessDecision {
  ALLOWED = 'ALLOWED',
  DENIED = 'DENIED',
}

export enum ExploitationType {
  SEXUAL = 'SEXUAL',
  FORCED_LABOUR = 'FORCED_LABOUR',
  FORCED_BEGGING = 'FORCED_BEGGING',
  FORCED_CRIMINALITY = 'FORCED_CRIMINALITY',
  DOMESTIC_SERVITUDE = 'DOMESTIC_SERVITUDE',
  FORCED_MARRIAGE = 'FORCED_MARRIAGE',
  ORGAN_REMOVAL = 'ORGAN_REMOVAL',
  CHILD_LABOUR = 'CHILD_LABOUR',
  OTHER = 'OTHER',
}

export enum MeansOfControl {
  DEBT_BONDAGE = 'DEBT_BONDAGE',
  TAKES_EARNINGS = 'TAKES_EARNINGS',
  THREATS = 'THREATS',
  PHYSICAL_ABUSE = 'PHYSICAL_ABUSE',
  SEXUAL_ABUSE = 'SEXUAL_ABUSE',
  PSYCHOLOGICAL_ABUSE = 'PSYCHOLOGICAL_ABUSE',
  FALSE_PROMISES = 'FALSE_PROMISES',
  PSYCHOACTIVE_SUBSTANCES = 'PSYCHOACTIVE_SUBSTANCES',
  RESTRICTS_MOVEMENT = 'RESTRICTS_MOVEMENT',
  WITHHOLDS_DOCUMENTS = 'WITHHOLDS_DOCUMENTS',
  WITHHOLDS_NECESSITIES = 'WITHHOLDS_NECESSITIES',
  EXCESSIVE_HOURS = 'EXCESSIVE_HOURS',
  OTHER = 'OTHER',
}

export enum RecruiterRelation {
  INTIMATE_PARTNER = 'INTIMATE_PARTNER',
  FRIEND = 'FRIEND',
  FAMILY = 'FAMILY',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}

export enum Venue {
  BORDER = 'BORDER',
  INLAND = 'INLAND',
  ABROAD = 'ABROAD',
}

export enum ImmediateNeed {
  MEDICAL = 'MEDICAL',
  SAFE_ACCOMMODATION = 'SAFE_ACCOMMODATION',
  FOOD = 'FOOD',
  CLOTHING = 'CLOTHING',
  PSYCHOLOGICAL = 'PSYCHOLOGICAL',
  SECURITY = 'SECURITY',
  INTERPRETER = 'INTERPRETER',
  ACCOMPANYING_CHILDREN = 'ACCOMPANYING_CHILDREN',
}

export enum IndicatorGroup {
  ACT = 'ACT',
  MEANS = 'MEANS',
  PURPOSE = 'PURPOSE',
}

export enum IndicatorAppliesTo {
  ADULT = 'ADULT',
  CHILD = 'CHILD',
  ALL = 'ALL',
}

/** Identification track (never mixed with the case track). */
export enum IdentificationStatus {
  AT_RISK = 'AT_RISK',
  PRESUMED = 'PRESUMED',
  FORMAL_ID_REQUESTED = 'FORMAL_ID_REQUESTED',
  VICTIM = 'VICTIM',
  NOT_VICTIM = 'NOT_VICTIM',
}

/** Case track. */
export enum CaseStatus {
  REFERRED = 'REFERRED',
  ACCEPTED = 'ACCEPTED',
  ACTIVE = 'ACTIVE',
  FOLLOW_UP = 'FOLLOW_UP',
  CLOSED = 'CLOSED',
  CLOSED_REFERRED = 'CLOSED_REFERRED',
}

export enum CasePhase {
  CRISIS_INTERVENTION = 'CRISIS_INTERVENTION',
  STABILISATION = 'STABILISATION',
  SOCIAL_INCLUSION = 'SOCIAL_INCLUSION',
}

export enum ReferralStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  CLOSED = 'CLOSED',
}

export enum ReferralDecision {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
}

export enum FormalOutcome {
  VICTIM = 'VICTIM',
  NOT_VICTIM = 'NOT_VICTIM',
}

export enum ClosureType {
  PLANNED_MUTUAL = 'PLANNED_MUTUAL',
  NOT_MUTUAL = 'NOT_MUTUAL',
  UNPLANNED = 'UNPLANNED',
}

/** Where an admitted person is placed (docs/domain.md §2 step 3). */
export enum PlacementType {
  RESIDENTIAL_SHELTER = 'RESIDENTIAL_SHELTER',
  PROTECTED_APARTMENT = 'PROTECTED_APARTMENT',
  FAMILY_OF_ORIGIN = 'FAMILY_OF_ORIGIN',
  FOSTER_FAMILY = 'FOSTER_FAMILY',
  OTHER = 'OTHER',
}

/** How the shelter head answered a person's request for another case manager. */
export enum CaseManagerChangeOutcome {
  GRANTED = 'GRANTED',
  REFUSED = 'REFUSED',
}

export enum AssessmentArea {
  PRE_DEPARTURE = 'PRE_DEPARTURE',
  SECURITY = 'SECURITY',
  ACCOMMODATION = 'ACCOMMODATION',
  LEGAL = 'LEGAL',
  HEALTH = 'HEALTH',
  PSYCHOSOCIAL = 'PSYCHOSOCIAL',
  FAMILY = 'FAMILY',
  EDUCATION = 'EDUCATION',
  EMPLOYMENT = 'EMPLOYMENT',
}

/** The kinds of legal problem a LEGAL needs assessment names when it finds problems (docs/domain.md §2 step 4). */
export enum LegalProblemType {
  IMMIGRATION_STATUS = 'IMMIGRATION_STATUS',
  FAMILY_LAW = 'FAMILY_LAW',
  CRIMINAL_CHARGES = 'CRIMINAL_CHARGES',
  COOPERATION_WITH_LAW_ENFORCEMENT = 'COOPERATION_WITH_LAW_ENFORCEMENT',
  COMPENSATION_CLAIM = 'COMPENSATION_CLAIM',
  OTHER = 'OTHER',
}

export enum RiskLevel {
  HIGH = 'HIGH',
  MODERATE = 'MODERATE',
  LOW = 'LOW',
  UNKNOWN = 'UNKNOWN',
}

/**
 * Who a service provider serves; a referral must match the person's category (docs/domain.md §2 step 2). WOMEN and
 * MEN narrow the adults a provider takes, GIRLS and BOYS the children; a provider naming neither of a pair takes both.
 */
export enum ServedGroup {
  ADULTS = 'ADULTS',
  CHILDREN = 'CHILDREN',
  WOMEN = 'WOMEN',
  MEN = 'MEN',
  GIRLS = 'GIRLS',
  BOYS = 'BOYS',
  FOREIGNERS = 'FOREIGNERS',
  WITH_CHILDREN = 'WITH_CHILDREN',
}

/** Why the Responsible Authority withdrew a pending referral: a code, never free text about the person. */
export enum ReferralWithdrawalReason {
  PERSON_WITHDREW = 'PERSON_WITHDREW',
  PERSON_CHOSE_ANOTHER_PROVIDER = 'PERSON_CHOSE_ANOTHER_PROVIDER',
  PERSON_UNREACHABLE = 'PERSON_UNREACHABLE',
  NEEDS_CHANGED = 'NEEDS_CHANGED',
  NO_ANSWER_IN_TIME = 'NO_ANSWER_IN_TIME',
  ENTERED_IN_ERROR = 'ENTERED_IN_ERROR',
}

export enum CitizenshipGroup {
  NATIONAL = 'NATIONAL',
  FOREIGN = 'FOREIGN',
  UNKNOWN = 'UNKNOWN',
}

/** How a person came to the NRM (docs/domain.md §2 step 1, special entry routes). */
export enum EntryRoute {
  FIRST_RESPONDER = 'FIRST_RESPONDER',
  /** The person contacted an agency on their own. */
  SELF_REFERRAL = 'SELF_REFERRAL',
  /** The case started with a prosecutor, who linked the person to assistance. */
  PROSECUTOR = 'PROSECUTOR',
}

/** Where the exploitation took place, as the statistics count it (docs/domain.md §5). */
export enum PlaceOfExploitation {
  DOMESTIC = 'DOMESTIC',
  ABROAD = 'ABROAD',
  BOTH = 'BOTH',
}

/** The kind of an identity document the person holds or held (IDENTITY category). */
export enum IdentityDocumentType {
  PASSPORT = 'PASSPORT',
  NATIONAL_ID_CARD = 'NATIONAL_ID_CARD',
  BIRTH_CERTIFICATE = 'BIRTH_CERTIFICATE',
  RESIDENCE_PERMIT = 'RESIDENCE_PERMIT',
  TRAVEL_DOCUMENT = 'TRAVEL_DOCUMENT',
  DRIVING_LICENCE = 'DRIVING_LICENCE',
  OTHER = 'OTHER',
}
