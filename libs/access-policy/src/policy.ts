import { AgencyType, ALL_ROLES, ConsentPurpose, DataCategory, LegalBasis, Role } from '@nrm/domain';

/**
 * How an agency is linked to a person. Relationships come from the workflow (an identification recorded, a referral
 * made, a case opened, a formal identification group convened), never from a client's claim.
 */
export enum Relationship {
  /** The agency recorded the data (initial identification). */
  RECORDING_AGENCY = 'RECORDING_AGENCY',
  /**
   * The agency that recorded the person's identification, seen from another agency's records (a shelter's health
   * file): linked to the person, but owner of none of those records.
   */
  IDENTIFYING_AGENCY = 'IDENTIFYING_AGENCY',
  /** The Responsible Authority: compulsory notification of every identification. */
  RA_MANDATE = 'RA_MANDATE',
  /** The child protection unit of the area, for a child. */
  CHILD_PROTECTION_MANDATE = 'CHILD_PROTECTION_MANDATE',
  /** A provider asked to take the person; it decides capacity on the non-identifying summary alone. */
  PENDING_REFERRAL = 'PENDING_REFERRAL',
  /** A provider that accepted a referral or runs the person's case. */
  ACCEPTED_REFERRAL = 'ACCEPTED_REFERRAL',
  OPEN_CASE = 'OPEN_CASE',
  /** A member agency of the formal identification group while it sits. */
  FORMAL_ID_GROUP = 'FORMAL_ID_GROUP',
  /**
   * The agency an active ra_head override names: the override itself brings the agency in (vital interests, child
   * protection), whatever its type and whether or not the workflow links it. Derived from the ledger, never stored.
   */
  OVERRIDE_GRANTEE = 'OVERRIDE_GRANTEE',
}

interface RelationshipRule {
  basis: LegalBasis.OWNER | LegalBasis.LEGAL_MANDATE;
  /** Categories this relationship opens by itself. */
  categories: readonly DataCategory[];
  /** Whether a consent grant or override can open further categories on top of it. */
  consentCanExtend: boolean;
  /** Only for a person who is (or is presumed) a child. */
  childOnly?: boolean;
  /** When set, only a consent grant for one of these purposes extends this relationship (an override still does). */
  consentPurposes?: readonly ConsentPurpose[];
}

/** Categories recorded at initial identification: what the RA (and, for a child, the CPU) see by mandate. */
const INITIAL_IDENTIFICATION_CATEGORIES: readonly DataCategory[] = [
  DataCategory.SUMMARY,
  DataCategory.IDENTITY,
  DataCategory.CONTACT_LOCATION,
  DataCategory.TRAFFICKING_EXPERIENCE,
];

const ALL_CATEGORIES: readonly DataCategory[] = Object.values(DataCategory);

/**
 * THE access policy (docs/domain.md §3), one table a reviewer can read. Anything not opened here is closed: by a
 * consent grant or an ra_head override where `consentCanExtend`, and never otherwise. Two tables below narrow it by
 * purpose and by the caller's agency type: PURPOSES_THAT_OPEN_NO_PERSONAL_CATEGORY and CONSENT_ONLY_CATEGORIES.
 */
export const ACCESS_POLICY: { readonly [R in Relationship]: RelationshipRule } = {
  [Relationship.RECORDING_AGENCY]: { basis: LegalBasis.OWNER, categories: ALL_CATEGORIES, consentCanExtend: true },
  [Relationship.IDENTIFYING_AGENCY]: { basis: LegalBasis.LEGAL_MANDATE, categories: [DataCategory.SUMMARY], consentCanExtend: true },
  [Relationship.RA_MANDATE]: { basis: LegalBasis.LEGAL_MANDATE, categories: INITIAL_IDENTIFICATION_CATEGORIES, consentCanExtend: true },
  [Relationship.CHILD_PROTECTION_MANDATE]: {
    basis: LegalBasis.LEGAL_MANDATE,
    categories: INITIAL_IDENTIFICATION_CATEGORIES,
    consentCanExtend: true,
    childOnly: true,
  },
  [Relationship.PENDING_REFERRAL]: { basis: LegalBasis.LEGAL_MANDATE, categories: [DataCategory.SUMMARY], consentCanExtend: false },
  [Relationship.ACCEPTED_REFERRAL]: { basis: LegalBasis.LEGAL_MANDATE, categories: [DataCategory.SUMMARY], consentCanExtend: true },
  [Relationship.OPEN_CASE]: { basis: LegalBasis.LEGAL_MANDATE, categories: [DataCategory.SUMMARY], consentCanExtend: true },
  // The group reads what the person consented to for formal identification, and nothing more (docs/domain.md §2).
  [Relationship.FORMAL_ID_GROUP]: {
    basis: LegalBasis.LEGAL_MANDATE,
    categories: [DataCategory.SUMMARY],
    consentCanExtend: true,
    consentPurposes: [ConsentPurpose.FORMAL_IDENTIFICATION],
  },
  // Opens nothing by itself: the override opens what it names, and the summary with it (OVERRIDE_ALSO_OPENS).
  [Relationship.OVERRIDE_GRANTEE]: { basis: LegalBasis.LEGAL_MANDATE, categories: [], consentCanExtend: true },
};

/**
 * An override opens the non-identifying summary besides the categories it names: the grantee must be able to find the
 * person it was brought in for. A consent grant does not link its grantee: consent shares data with an agency the
 * workflow (referral, case, formal identification group, mandate) already links to the person; an agency outside the
 * workflow stays FORBIDDEN whatever a grant names, so a grant alone never reveals that the person is known.
 */
export const OVERRIDE_ALSO_OPENS: readonly DataCategory[] = [DataCategory.SUMMARY];

/** Every category that describes a person: all but the non-identifying SUMMARY. */
export const PERSONAL_CATEGORIES: readonly DataCategory[] = ALL_CATEGORIES.filter((category) => category !== DataCategory.SUMMARY);

/**
 * Consent purposes under which a grant opens no personal category to anyone, whatever categories it names: anonymised
 * research works on aggregates (the reporting service), never on a person's record.
 */
const PURPOSES_THAT_OPEN_NO_PERSONAL_CATEGORY: readonly ConsentPurpose[] = [ConsentPurpose.RESEARCH_ANONYMISED];

/** The police agency types of docs/domain.md §1. */
const POLICE_AGENCY_TYPES: readonly AgencyType[] = [AgencyType.STATE_POLICE, AgencyType.BORDER_POLICE];

interface ConsentOnlyRule {
  /** Callers of these agency types… */
  agencyTypes: readonly AgencyType[];
  /** …see these categories only through an active consent grant that names the category… */
  categories: readonly DataCategory[];
  /** …and whose purpose is one of these. No mandate and no ra_head override opens them to these callers. */
  purposes: readonly ConsentPurpose[];
}

/**
 * Categories that some agency types see only by the person's own, purpose-bound consent. docs/domain.md §3 ("Lines
 * that nothing crosses"): "A shelter's health and psycho-social records never reach the police without a grant for
 * that category whose purpose is law-enforcement cooperation."
 * What an agency recorded itself stays its own (OWNER); police never own a shelter record, which is its shelter's.
 */
export const CONSENT_ONLY_CATEGORIES: readonly ConsentOnlyRule[] = [
  {
    agencyTypes: POLICE_AGENCY_TYPES,
    categories: [DataCategory.HEALTH, DataCategory.PSYCHOSOCIAL],
    // Only LAW_ENFORCEMENT_COOPERATION: the one purpose for which the police themselves act on such records, at the
    // person's wish (medical evidence of the exploitation, fitness to give a statement or testify, protection). A grant
    // for REFERRAL_ASSISTANCE or HEALTH_CARE was given so that someone could care for the person, which the police do
    // not; FORMAL_IDENTIFICATION rests on the formal interview alone (docs/domain.md §2 step 4), its social-service
    // member bringing the person's psycho-social needs; RESEARCH_ANONYMISED opens nothing personal to anyone (above).
    // An ra_head override serves vital interests or child protection, met by the RA and the shelter, not by giving the
    // police a clinical record the person never agreed to share with them.
    purposes: [ConsentPurpose.LAW_ENFORCEMENT_COOPERATION],
  },
];

/** The consent-only rule covering this category for this agency type, if any. */
export function consentOnlyRuleFor(agencyType: AgencyType, category: DataCategory): ConsentOnlyRule | undefined {
  return CONSENT_ONLY_CATEGORIES.find((rule) => rule.agencyTypes.includes(agencyType) && rule.categories.includes(category));
}

/**
 * The agency types a consent grant of each purpose may be given to (docs/consent.md, "Purpose and grantee"), checked
 * when the grant is written, against the directory's type of the named agency or the named agency type. The person
 * agrees to a purpose, and a purpose is served by some kinds of agency only: a grant for law-enforcement cooperation
 * given to a shelter, or one for health care given to the police, is not what the person agreed to. Never to PLATFORM
 * or OVERSIGHT, whatever the purpose.
 */
export const PURPOSE_GRANTEE_TYPES: { readonly [P in ConsentPurpose]: readonly AgencyType[] } = {
  // Care and assistance: whoever may be asked to help the person.
  [ConsentPurpose.REFERRAL_ASSISTANCE]: [
    AgencyType.RESPONSIBLE_AUTHORITY,
    AgencyType.SHELTER_NGO,
    AgencyType.SHELTER_STATE,
    AgencyType.NGO,
    AgencyType.SOCIAL_SERVICES,
    AgencyType.REGIONAL_SOCIAL_SERVICE,
    AgencyType.CHILD_PROTECTION_UNIT,
    AgencyType.HEALTH,
    AgencyType.SCHOOL,
    AgencyType.CONSULAR,
  ],
  // The formal identification group's agencies (police and social member) and the RA that requests it.
  [ConsentPurpose.FORMAL_IDENTIFICATION]: [
    AgencyType.STATE_POLICE,
    AgencyType.BORDER_POLICE,
    AgencyType.REGIONAL_SOCIAL_SERVICE,
    AgencyType.CHILD_PROTECTION_UNIT,
    AgencyType.SOCIAL_SERVICES,
    AgencyType.RESPONSIBLE_AUTHORITY,
  ],
  [ConsentPurpose.LAW_ENFORCEMENT_COOPERATION]: POLICE_AGENCY_TYPES,
  [ConsentPurpose.HEALTH_CARE]: [AgencyType.HEALTH, AgencyType.SHELTER_NGO, AgencyType.SHELTER_STATE],
  // Aggregates only (PURPOSES_THAT_OPEN_NO_PERSONAL_CATEGORY): the national coordinator's statistics, the RA, research NGOs.
  [ConsentPurpose.RESEARCH_ANONYMISED]: [AgencyType.NATIONAL_COORDINATOR, AgencyType.RESPONSIBLE_AUTHORITY, AgencyType.NGO],
};

/** Whether a consent grant of this purpose may be given to an agency of this type (PURPOSE_GRANTEE_TYPES). */
export function purposeFitsGrantee(purpose: ConsentPurpose, agencyType: AgencyType): boolean {
  return PURPOSE_GRANTEE_TYPES[purpose].includes(agencyType);
}

/**
 * Agency types that never receive a person's data, whatever a grant or override names (aggregate statistics, oversight
 * of the audit trail, platform administration).
 */
const AGENCY_TYPES_WITHOUT_PERSON_ACCESS: readonly AgencyType[] = [AgencyType.NATIONAL_COORDINATOR, AgencyType.OVERSIGHT, AgencyType.PLATFORM];

/** What a consent grant or an override would carry to an agency, before it is recorded. */
export type PermissionBasis = { kind: LegalBasis.CONSENT; purpose: ConsentPurpose } | { kind: LegalBasis.OVERRIDE };

/**
 * Whether a grant or override of this basis can ever open the category to an agency of this type (the same tables the
 * reads are decided by): a permission that could not is refused when recorded instead of sitting in the ledger doing
 * nothing.
 */
export function permissionCanOpen(basis: PermissionBasis, agencyType: AgencyType, category: DataCategory): boolean {
  if (AGENCY_TYPES_WITHOUT_PERSON_ACCESS.includes(agencyType)) return false;
  const consentOnly = consentOnlyRuleFor(agencyType, category);
  if (basis.kind === LegalBasis.OVERRIDE) return consentOnly === undefined;
  if (PURPOSES_THAT_OPEN_NO_PERSONAL_CATEGORY.includes(basis.purpose) && PERSONAL_CATEGORIES.includes(category)) return false;
  return consentOnly === undefined || consentOnly.purposes.includes(basis.purpose);
}

/** The categories of a grant or override that it could never open to an agency of this type. */
export function categoriesPermissionCannotOpen(basis: PermissionBasis, agencyType: AgencyType, categories: readonly DataCategory[]): DataCategory[] {
  return categories.filter((category) => !permissionCanOpen(basis, agencyType, category));
}

/** Roles that never see a person, whatever the relationship or grant. */
export const ROLES_WITHOUT_PERSON_ACCESS: readonly Role[] = [Role.NATIONAL_COORDINATOR, Role.AUDITOR, Role.PLATFORM_ADMIN];

/** Roles that may ask for a person at all (every resolver serving one uses it); the policy then decides per category. */
export const PERSON_READER_ROLES: readonly Role[] = ALL_ROLES.filter((role) => !ROLES_WITHOUT_PERSON_ACCESS.includes(role));

/** Roles that hold the Responsible Authority's mandate over every identification. */
export const RA_MANDATE_ROLES: readonly Role[] = [Role.RA_OFFICER, Role.RA_HEAD];

/**
 * Need to know within a shelter (docs/domain.md §3, "Within a shelter: the case team"): these roles work only on the
 * cases whose multidisciplinary team names them, so a caller whose person-reading roles are all among them holds its
 * agency's relationships to a person (and the records its agency owns, and what a grant or override to the agency
 * opens) only while the team of an open case of the person at its agency names the caller. Every other member of the
 * shelter's team, or none, reads nothing of the person, not even the summary: their shelter's cases list does not show
 * the case either. The case managers and the shelter head work on every case of their shelter and read as the agency.
 */
export const CASE_TEAM_BOUND_ROLES: readonly Role[] = [Role.SHELTER_STAFF];

/** Whether the caller reads a person only through a case team naming them (CASE_TEAM_BOUND_ROLES). */
export function isCaseTeamBound(roles: readonly Role[]): boolean {
  const readers = roles.filter((role) => PERSON_READER_ROLES.includes(role));
  return readers.length > 0 && readers.every((role) => CASE_TEAM_BOUND_ROLES.includes(role));
}
