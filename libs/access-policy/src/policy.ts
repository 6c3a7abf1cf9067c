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
}

export interface RelationshipRule {
  basis: LegalBasis.OWNER | LegalBasis.LEGAL_MANDATE;
  /** Categories this relationship opens by itself. */
  categories: readonly DataCategory[];
  /** Whether a consent grant or override can open further categories on top of it. */
  consentCanExtend: boolean;
  /** Only for a person who is (or is presumed) a child. */
  childOnly?: boolean;
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
 * THE access policy (DOMAIN.md §3), one table a reviewer can read. Anything not opened here is closed: by a consent
 * grant or an ra_head override where `consentCanExtend`, and never otherwise. Two tables below narrow it by purpose
 * and by the caller's agency type: PURPOSES_THAT_OPEN_NO_PERSONAL_CATEGORY and CONSENT_ONLY_CATEGORIES.
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
  [Relationship.FORMAL_ID_GROUP]: { basis: LegalBasis.LEGAL_MANDATE, categories: [DataCategory.SUMMARY], consentCanExtend: true },
};

/** Every category that describes a person: all but the non-identifying SUMMARY. */
export const PERSONAL_CATEGORIES: readonly DataCategory[] = ALL_CATEGORIES.filter((category) => category !== DataCategory.SUMMARY);

/**
 * Consent purposes under which a grant opens no personal category to anyone, whatever categories it names: anonymised
 * research works on aggregates (the reporting service), never on a person's record.
 */
export const PURPOSES_THAT_OPEN_NO_PERSONAL_CATEGORY: readonly ConsentPurpose[] = [ConsentPurpose.RESEARCH_ANONYMISED];

/** The police agency types of DOMAIN.md §1. */
export const POLICE_AGENCY_TYPES: readonly AgencyType[] = [AgencyType.STATE_POLICE, AgencyType.BORDER_POLICE];

export interface ConsentOnlyRule {
  /** Callers of these agency types… */
  agencyTypes: readonly AgencyType[];
  /** …see these categories only through an active consent grant that names the category… */
  categories: readonly DataCategory[];
  /** …and whose purpose is one of these. No mandate and no ra_head override opens them to these callers. */
  purposes: readonly ConsentPurpose[];
}

/**
 * Categories that some agency types see only by the person's own, purpose-bound consent. DOMAIN.md §3: "A shelter's
 * health and psycho-social records never reach the police without a grant for that category and purpose."
 * What an agency recorded itself stays its own (OWNER); police never own a shelter record, which is its shelter's.
 */
export const CONSENT_ONLY_CATEGORIES: readonly ConsentOnlyRule[] = [
  {
    agencyTypes: POLICE_AGENCY_TYPES,
    categories: [DataCategory.HEALTH, DataCategory.PSYCHOSOCIAL],
    // Only LAW_ENFORCEMENT_COOPERATION: the one purpose for which the police themselves act on such records, at the
    // person's wish (medical evidence of the exploitation, fitness to give a statement or testify, protection). A grant
    // for REFERRAL_ASSISTANCE or HEALTH_CARE was given so that someone could care for the person, which the police do
    // not; FORMAL_IDENTIFICATION rests on the formal interview alone (DOMAIN.md §2), its social-service member bringing
    // the person's psycho-social needs; RESEARCH_ANONYMISED opens nothing personal to anyone (above). An ra_head
    // override serves vital interests or child protection, met by the RA and the shelter, not by giving the police a
    // clinical record the person never agreed to share with them.
    purposes: [ConsentPurpose.LAW_ENFORCEMENT_COOPERATION],
  },
];

/** The consent-only rule covering this category for this agency type, if any. */
export function consentOnlyRuleFor(agencyType: AgencyType, category: DataCategory): ConsentOnlyRule | undefined {
  return CONSENT_ONLY_CATEGORIES.find((rule) => rule.agencyTypes.includes(agencyType) && rule.categories.includes(category));
}

/** Roles that never see a person, whatever the relationship or grant. */
export const ROLES_WITHOUT_PERSON_ACCESS: readonly Role[] = [Role.NATIONAL_COORDINATOR, Role.AUDITOR, Role.PLATFORM_ADMIN];

/** Roles that may ask for a person at all (every resolver serving one uses it); the policy then decides per category. */
export const PERSON_READER_ROLES: readonly Role[] = ALL_ROLES.filter((role) => !ROLES_WITHOUT_PERSON_ACCESS.includes(role));

/** Roles that hold the Responsible Authority's mandate over every identification. */
export const RA_MANDATE_ROLES: readonly Role[] = [Role.RA_OFFICER, Role.RA_HEAD];
