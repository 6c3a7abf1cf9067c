import { ALL_ROLES, DataCategory, LegalBasis, Role } from '@nrm/domain';

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
 * grant or an ra_head override where `consentCanExtend`, and never otherwise.
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

/** Roles that never see a person, whatever the relationship or grant. */
export const ROLES_WITHOUT_PERSON_ACCESS: readonly Role[] = [Role.NATIONAL_COORDINATOR, Role.AUDITOR, Role.PLATFORM_ADMIN];

/** Roles that may ask for a person at all (every resolver serving one uses it); the policy then decides per category. */
export const PERSON_READER_ROLES: readonly Role[] = ALL_ROLES.filter((role) => !ROLES_WITHOUT_PERSON_ACCESS.includes(role));

/** Roles that hold the Responsible Authority's mandate over every identification. */
export const RA_MANDATE_ROLES: readonly Role[] = [Role.RA_OFFICER, Role.RA_HEAD];
