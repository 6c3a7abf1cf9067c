import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { Client } from 'pg';
import {
  ACCESS_POLICY,
  type AccessResult,
  categoriesPermissionCannotOpen,
  effectiveRelationships,
  evaluateAccess,
  isCaseTeamBound,
  OVERRIDE_ALSO_OPENS,
  type Permission,
  type PermissionBasis,
  PERSON_READER_ROLES,
  purposeFitsGrantee,
  Relationship,
  ROLES_WITHOUT_PERSON_ACCESS,
} from '@nrm/access-policy';
import { AgencyType, ALL_ROLES, AssessmentArea, ConsentPurpose, DataCategory, LegalBasis, Role } from '@nrm/domain';
import { REPOSITORY_ROOT, startStack, type Stack, waitFor } from '@nrm/testing';
import {
  CASES,
  createReferral,
  DEMO_USERS,
  demoUser,
  errorsOn,
  GRANT,
  identificationInput,
  limiter,
  mustSucceed,
  OVERRIDE,
  PERSON_FIELD_SELECTION,
  providerIds,
  RECORD_NEEDS_ASSESSMENT,
  RESPOND,
  sleep,
  submitPerson,
  WITHDRAW,
} from './support/nrm-fixtures';

/*
 * The authorization matrix, generated from the one access policy (@nrm/access-policy; docs/architecture.md, "One
 * access policy, and an audit chain per service").
 *
 * Cells: every demo user (role, agency type) × every personal category field of Person × the relationship of the
 * caller's agency to the person × the consent state (including the grant's purpose). Each relationship is built
 * through the real workflow (submission, referral, acceptance, case, needs assessments, consent ledger), the expected
 * decision is computed by evaluateAccess from the same facts, and each cell is asserted through the gateway with the
 * user's real token. The category fields come in two sides:
 * - identification's fields (summary … traffickingExperience), whose owner is the agency that recorded the
 *   identification;
 * - the shelter records (health … educationEmployment), served by the shelters subgraph, whose owner is the shelter
 *   running the person's case; the agency that recorded the identification is only linked to them (IDENTIFYING_AGENCY).
 * A second part checks the role guard of every operation for every demo user.
 */

jest.setTimeout(120_000);

// ---------------------------------------------------------------------------------------------------------------
// Categories

type Side = 'identification' | 'shelters';
interface CategoryField {
  field: keyof typeof PERSON_FIELD_SELECTION;
  category: DataCategory;
}

/** Person fields served by identification; their owner is the recording agency. */
const IDENTIFICATION_FIELDS: readonly CategoryField[] = [
  { field: 'summary', category: DataCategory.SUMMARY },
  { field: 'identity', category: DataCategory.IDENTITY },
  { field: 'contactLocation', category: DataCategory.CONTACT_LOCATION },
  { field: 'traffickingExperience', category: DataCategory.TRAFFICKING_EXPERIENCE },
];
/** Person fields served by shelters (the shelter records); their owner is the shelter with the person's case. */
const SHELTER_RECORD_FIELDS: readonly CategoryField[] = [
  { field: 'health', category: DataCategory.HEALTH },
  { field: 'psychosocial', category: DataCategory.PSYCHOSOCIAL },
  { field: 'legal', category: DataCategory.LEGAL },
  { field: 'family', category: DataCategory.FAMILY },
  { field: 'educationEmployment', category: DataCategory.EDUCATION_EMPLOYMENT },
  { field: 'security', category: DataCategory.TRAFFICKING_EXPERIENCE },
  { field: 'accommodation', category: DataCategory.CONTACT_LOCATION },
];
const FIELDS_OF: Record<Side, readonly CategoryField[]> = { identification: IDENTIFICATION_FIELDS, shelters: SHELTER_RECORD_FIELDS };
/**
 * Person fields served by shelters under a category a field above already has cells for (PSYCHOSOCIAL, docs/domain.md
 * §3 "Case-management records"), through the same ShelterRecordAccessService decision; case-records.e2e-spec.ts
 * asserts them.
 */
const CASE_MANAGEMENT_FIELDS: readonly string[] = ['reintegrationPlans', 'monitoringContacts'];

/** The one needs assessment the owning shelter records per shelter category, so an allowed read has something to show. */
const ASSESSMENTS: ReadonlyArray<{ area: AssessmentArea; summary: string; legalProblems?: string[] }> = [
  { area: AssessmentArea.HEALTH, summary: 'SOME_DIFFICULTIES' },
  { area: AssessmentArea.PSYCHOSOCIAL, summary: 'SATISFACTORY' },
  { area: AssessmentArea.LEGAL, summary: 'PROBLEMS_IDENTIFIED', legalProblems: ['IMMIGRATION_STATUS'] },
  { area: AssessmentArea.FAMILY, summary: 'CONSTRAINTS' },
  { area: AssessmentArea.EDUCATION, summary: 'ATTENDING_SUCCESSFULLY' },
  { area: AssessmentArea.SECURITY, summary: 'LOW_RISK' },
  { area: AssessmentArea.ACCOMMODATION, summary: 'RESOLVED' },
];

/**
 * What the consent grants and overrides of the fixtures open: deliberately not everything, so the matrix discriminates
 * (FAMILY only by override, EDUCATION_EMPLOYMENT never; an override's HEALTH never opens to the police, its FAMILY does).
 */
const CONSENT_CATEGORIES = [DataCategory.IDENTITY, DataCategory.CONTACT_LOCATION, DataCategory.HEALTH, DataCategory.PSYCHOSOCIAL, DataCategory.LEGAL];
const OVERRIDE_CATEGORIES = [DataCategory.IDENTITY, DataCategory.TRAFFICKING_EXPERIENCE, DataCategory.HEALTH, DataCategory.FAMILY];
const EXPIRY_DELAY_MS = 2_000;
const RA_AGENCY = 'responsible-authority';

// ---------------------------------------------------------------------------------------------------------------
// Fixtures (persons) and the plans of reachable (user, relationship) pairs

type FixtureKind = 'ADULT_POLICE' | 'ADULT_BORDER' | 'ADULT_NGO' | 'CHILD_POLICE' | 'PENDING_A' | 'PENDING_B' | 'ACCEPTED_A' | 'ACCEPTED_B' | 'TEAM_A';

interface FixtureSpec {
  /** The first responder who submits the initial identification (their agency is the recording agency). */
  recordedBy: string;
  child: boolean;
  /** ra.officer refers the person to this provider agency… */
  referTo?: 'shelter-a' | 'shelter-b';
  /** …and its case manager accepts, opens the case and records a needs assessment per shelter category… */
  acceptedBy?: string;
  /** …and the shelter head names these users on the case's team (setCaseTeam). */
  team?: readonly string[];
}

const FIXTURES: Record<FixtureKind, FixtureSpec> = {
  ADULT_POLICE: { recordedBy: 'police.tirana', child: false },
  // The border police's and the NGO's persons, and the child, have cases too: their shelter records have an owner.
  ADULT_BORDER: { recordedBy: 'border.kakavije', child: false, referTo: 'shelter-a', acceptedBy: 'cm.shelter-a' },
  ADULT_NGO: { recordedBy: 'ngo.outreach', child: false, referTo: 'shelter-b', acceptedBy: 'cm.shelter-b' },
  // Region TIRANA: the submission links the child to cpu-tirana, the directory's child protection unit of TIRANA.
  CHILD_POLICE: { recordedBy: 'police.tirana', child: true, referTo: 'shelter-a', acceptedBy: 'cm.shelter-a' },
  PENDING_A: { recordedBy: 'police.tirana', child: false, referTo: 'shelter-a' },
  PENDING_B: { recordedBy: 'police.tirana', child: false, referTo: 'shelter-b' },
  ACCEPTED_A: { recordedBy: 'police.tirana', child: false, referTo: 'shelter-a', acceptedBy: 'cm.shelter-a' },
  ACCEPTED_B: { recordedBy: 'police.tirana', child: false, referTo: 'shelter-b', acceptedBy: 'cm.shelter-b' },
  // ACCEPTED_A with psy.shelter-a on the case team: shelter_staff read only through a case team naming them.
  TEAM_A: { recordedBy: 'police.tirana', child: false, referTo: 'shelter-a', acceptedBy: 'cm.shelter-a', team: ['psy.shelter-a'] },
};

/** Whether the fixture's case team names the user (CASE_TEAM_BOUND_ROLES: what shelter_staff read depends on it). */
function onCaseTeam(fixture: FixtureKind, username: string): boolean {
  return FIXTURES[fixture].team?.includes(username) ?? false;
}

/**
 * The plan's label for a shelter_staff member whose agency is linked to the person but whom no case team of the person
 * names: they hold none of the agency's relationships (docs/domain.md §3, "Within a shelter: the case team").
 */
const OFF_CASE_TEAM = 'OFF_CASE_TEAM';

/** The shelter that owns the fixture's shelter records: the provider running its case (none before acceptance). */
function recordOwner(fixture: FixtureKind): string | null {
  const spec = FIXTURES[fixture];
  return spec.acceptedBy ? spec.referTo! : null;
}

type IdentificationRelationship =
  | 'NONE'
  | typeof OFF_CASE_TEAM
  | Relationship.RECORDING_AGENCY
  | Relationship.RA_MANDATE
  | Relationship.CHILD_PROTECTION_MANDATE
  | Relationship.PENDING_REFERRAL
  | Relationship.ACCEPTED_REFERRAL;
/** For a shelter record: the identifying agency is linked but owns nothing; the shelter with the open case owns it. */
type ShelterRelationship =
  | 'NONE'
  | typeof OFF_CASE_TEAM
  | Relationship.IDENTIFYING_AGENCY
  | Relationship.RA_MANDATE
  | Relationship.CHILD_PROTECTION_MANDATE
  | Relationship.PENDING_REFERRAL
  | Relationship.OPEN_CASE;
type RelationshipCase = IdentificationRelationship | ShelterRelationship;

const RELATIONSHIP_CASES: { identification: readonly IdentificationRelationship[]; shelters: readonly ShelterRelationship[] } = {
  identification: [
    'NONE',
    OFF_CASE_TEAM,
    Relationship.RECORDING_AGENCY,
    Relationship.RA_MANDATE,
    Relationship.CHILD_PROTECTION_MANDATE,
    Relationship.PENDING_REFERRAL,
    Relationship.ACCEPTED_REFERRAL,
  ],
  shelters: [
    'NONE',
    OFF_CASE_TEAM,
    Relationship.IDENTIFYING_AGENCY,
    Relationship.RA_MANDATE,
    Relationship.CHILD_PROTECTION_MANDATE,
    Relationship.PENDING_REFERRAL,
    Relationship.OPEN_CASE,
  ],
};

interface PlanEntry {
  username: string;
  relationship: RelationshipCase;
  fixture: FixtureKind;
}

/** Every reachable (user, relationship) pair of each side and the person fixture that realises it. */
const PLAN: Record<Side, readonly PlanEntry[]> = {
  identification: [
    { username: 'police.tirana', relationship: 'NONE', fixture: 'ADULT_BORDER' },
    { username: 'police.tirana', relationship: Relationship.RECORDING_AGENCY, fixture: 'ADULT_POLICE' },
    { username: 'border.kakavije', relationship: 'NONE', fixture: 'ADULT_POLICE' },
    { username: 'border.kakavije', relationship: Relationship.RECORDING_AGENCY, fixture: 'ADULT_BORDER' },
    { username: 'ngo.outreach', relationship: 'NONE', fixture: 'ADULT_POLICE' },
    { username: 'ngo.outreach', relationship: Relationship.RECORDING_AGENCY, fixture: 'ADULT_NGO' },
    { username: 'ra.officer', relationship: Relationship.RA_MANDATE, fixture: 'ADULT_POLICE' },
    { username: 'ra.head', relationship: Relationship.RA_MANDATE, fixture: 'ADULT_POLICE' },
    { username: 'cpw.tirana', relationship: 'NONE', fixture: 'ADULT_POLICE' },
    { username: 'cpw.tirana', relationship: Relationship.CHILD_PROTECTION_MANDATE, fixture: 'CHILD_POLICE' },
    { username: 'sfait.tirana', relationship: 'NONE', fixture: 'ADULT_POLICE' },
    { username: 'rdsss.tirana', relationship: 'NONE', fixture: 'ADULT_POLICE' },
    { username: 'cm.shelter-a', relationship: 'NONE', fixture: 'ADULT_POLICE' },
    { username: 'cm.shelter-a', relationship: Relationship.PENDING_REFERRAL, fixture: 'PENDING_A' },
    { username: 'cm.shelter-a', relationship: Relationship.ACCEPTED_REFERRAL, fixture: 'ACCEPTED_A' },
    { username: 'psy.shelter-a', relationship: 'NONE', fixture: 'ADULT_POLICE' },
    // shelter_staff: the agency's case, without and with a team naming them.
    { username: 'psy.shelter-a', relationship: OFF_CASE_TEAM, fixture: 'ACCEPTED_A' },
    { username: 'psy.shelter-a', relationship: Relationship.ACCEPTED_REFERRAL, fixture: 'TEAM_A' },
    { username: 'cm.shelter-b', relationship: 'NONE', fixture: 'ADULT_POLICE' },
    { username: 'cm.shelter-b', relationship: Relationship.PENDING_REFERRAL, fixture: 'PENDING_B' },
    { username: 'cm.shelter-b', relationship: Relationship.ACCEPTED_REFERRAL, fixture: 'ACCEPTED_B' },
    { username: 'coordinator', relationship: 'NONE', fixture: 'ADULT_POLICE' },
    { username: 'auditor', relationship: 'NONE', fixture: 'ADULT_POLICE' },
    { username: 'admin', relationship: 'NONE', fixture: 'ADULT_POLICE' },
    { username: 'ra.deputy', relationship: Relationship.RA_MANDATE, fixture: 'ADULT_POLICE' },
    // A child protection unit of another region than the child's: no mandate.
    { username: 'cpw.gjirokaster', relationship: 'NONE', fixture: 'CHILD_POLICE' },
    // The shelter's head is of the provider agency: its relationships are the agency's, like its case manager's.
    { username: 'head.shelter-a', relationship: 'NONE', fixture: 'ADULT_POLICE' },
    { username: 'head.shelter-a', relationship: Relationship.PENDING_REFERRAL, fixture: 'PENDING_A' },
    { username: 'head.shelter-a', relationship: Relationship.ACCEPTED_REFERRAL, fixture: 'ACCEPTED_A' },
  ],
  // Persons whose records have an owner wherever the relationship allows it (a pending referral has no case yet).
  shelters: [
    { username: 'police.tirana', relationship: 'NONE', fixture: 'ADULT_BORDER' },
    { username: 'police.tirana', relationship: Relationship.IDENTIFYING_AGENCY, fixture: 'ACCEPTED_A' },
    { username: 'border.kakavije', relationship: 'NONE', fixture: 'ACCEPTED_A' },
    { username: 'border.kakavije', relationship: Relationship.IDENTIFYING_AGENCY, fixture: 'ADULT_BORDER' },
    { username: 'ngo.outreach', relationship: 'NONE', fixture: 'ACCEPTED_A' },
    { username: 'ngo.outreach', relationship: Relationship.IDENTIFYING_AGENCY, fixture: 'ADULT_NGO' },
    { username: 'ra.officer', relationship: Relationship.RA_MANDATE, fixture: 'ACCEPTED_A' },
    { username: 'ra.head', relationship: Relationship.RA_MANDATE, fixture: 'ACCEPTED_A' },
    { username: 'cpw.tirana', relationship: 'NONE', fixture: 'ACCEPTED_A' },
    { username: 'cpw.tirana', relationship: Relationship.CHILD_PROTECTION_MANDATE, fixture: 'CHILD_POLICE' },
    { username: 'sfait.tirana', relationship: 'NONE', fixture: 'ACCEPTED_A' },
    { username: 'rdsss.tirana', relationship: 'NONE', fixture: 'ACCEPTED_A' },
    { username: 'cm.shelter-a', relationship: 'NONE', fixture: 'ACCEPTED_B' },
    { username: 'cm.shelter-a', relationship: Relationship.PENDING_REFERRAL, fixture: 'PENDING_A' },
    { username: 'cm.shelter-a', relationship: Relationship.OPEN_CASE, fixture: 'ACCEPTED_A' },
    { username: 'psy.shelter-a', relationship: 'NONE', fixture: 'ACCEPTED_B' },
    { username: 'psy.shelter-a', relationship: OFF_CASE_TEAM, fixture: 'ACCEPTED_A' },
    { username: 'psy.shelter-a', relationship: Relationship.OPEN_CASE, fixture: 'TEAM_A' },
    { username: 'cm.shelter-b', relationship: 'NONE', fixture: 'ACCEPTED_A' },
    { username: 'cm.shelter-b', relationship: Relationship.PENDING_REFERRAL, fixture: 'PENDING_B' },
    { username: 'cm.shelter-b', relationship: Relationship.OPEN_CASE, fixture: 'ACCEPTED_B' },
    { username: 'coordinator', relationship: 'NONE', fixture: 'ACCEPTED_A' },
    { username: 'auditor', relationship: 'NONE', fixture: 'ACCEPTED_A' },
    { username: 'admin', relationship: 'NONE', fixture: 'ACCEPTED_A' },
    { username: 'ra.deputy', relationship: Relationship.RA_MANDATE, fixture: 'ACCEPTED_A' },
    { username: 'cpw.gjirokaster', relationship: 'NONE', fixture: 'CHILD_POLICE' },
    { username: 'head.shelter-a', relationship: 'NONE', fixture: 'ACCEPTED_B' },
    { username: 'head.shelter-a', relationship: Relationship.PENDING_REFERRAL, fixture: 'PENDING_A' },
    { username: 'head.shelter-a', relationship: Relationship.OPEN_CASE, fixture: 'ACCEPTED_A' },
  ],
};
const SIDES = Object.keys(PLAN) as Side[];

/** Why every other (user, relationship) pair cannot be built by the workflow today. */
function unreachableReason(username: string, relationship: RelationshipCase): string {
  const { role, agencyId } = demoUser(username);
  if (relationship === OFF_CASE_TEAM) {
    // A shelter_staff member of a shelter the workflow links can always be left off the team: the plan must cover it.
    if (isCaseTeamBound([role])) throw new Error(`${username} × ${OFF_CASE_TEAM} is reachable: plan it`);
    return `${role} reads as its agency: only shelter_staff read through a case team naming them (CASE_TEAM_BOUND_ROLES)`;
  }
  if (relationship === Relationship.PENDING_REFERRAL && isCaseTeamBound([role])) {
    return `${role} holds its agency's relationships only through the team of an open case, which a pending referral has not (CASE_TEAM_BOUND_ROLES)`;
  }
  switch (relationship) {
    case 'NONE':
      return `${role} holds RA_MANDATE over every person by role (RA_MANDATE_ROLES)`;
    case Relationship.RECORDING_AGENCY:
    case Relationship.IDENTIFYING_AGENCY:
      return 'only first_responder may submitInitialIdentification (identification.resolver.ts @Roles)';
    case Relationship.RA_MANDATE:
      return 'RA_MANDATE is held only by ra_officer/ra_head (RA_MANDATE_ROLES)';
    case Relationship.CHILD_PROTECTION_MANDATE:
      return `only the child protection unit of the child's region (TIRANA) gets it, not ${agencyId}`;
    case Relationship.PENDING_REFERRAL:
    case Relationship.ACCEPTED_REFERRAL:
    case Relationship.OPEN_CASE:
      return `only a service provider in the directory (shelter-a, shelter-b) can be referred to, not ${agencyId}`;
  }
}

/** The workflow relationships (identification.person_relationship rows) the fixture gives the caller's agency. */
function workflowRelationships(fixture: FixtureKind, agencyId: string): Relationship[] {
  const spec = FIXTURES[fixture];
  if (spec.child && agencyId === 'cpu-tirana') return [Relationship.CHILD_PROTECTION_MANDATE];
  if (spec.referTo === agencyId) {
    // case.opened adds OPEN_CASE next to ACCEPTED_REFERRAL; the policy gives both the same rule.
    return spec.acceptedBy ? [Relationship.ACCEPTED_REFERRAL, Relationship.OPEN_CASE] : [Relationship.PENDING_REFERRAL];
  }
  return [];
}

/**
 * The facts each side's subgraph evaluates for the caller's agency (the subject's owner and the relationships), as
 * identification's PersonAccessService and shelters' ShelterRecordAccessService put them together.
 */
function factsOf(side: Side, fixture: FixtureKind, agencyId: string): { recordingAgencyId: string; relationships: Relationship[] } {
  const spec = FIXTURES[fixture];
  const recordedBy = demoUser(spec.recordedBy).agencyId;
  if (side === 'identification') return { recordingAgencyId: recordedBy, relationships: workflowRelationships(fixture, agencyId) };
  // shelters: identification's stored relationships (no RECORDING_AGENCY among them), OPEN_CASE from its own open case,
  // IDENTIFYING_AGENCY for the agency that recorded the identification; the owner is the case's shelter ('' for none).
  const relationships = new Set(workflowRelationships(fixture, agencyId));
  if (spec.acceptedBy && spec.referTo === agencyId) relationships.add(Relationship.OPEN_CASE);
  if (recordedBy === agencyId) relationships.add(Relationship.IDENTIFYING_AGENCY);
  return { recordingAgencyId: recordOwner(fixture) ?? '', relationships: [...relationships] };
}

/**
 * The plan's label of what the policy derives. On the shelter side the owning shelter holds OPEN_CASE, which comes
 * with ACCEPTED_REFERRAL and, the owner being the caller's agency, RECORDING_AGENCY (the OWNER rule).
 */
function relationshipLabel(side: Side, derived: readonly Relationship[], offCaseTeam: boolean): string {
  if (derived.length === 0 && offCaseTeam) return OFF_CASE_TEAM;
  if (side === 'identification') return derived[0] ?? 'NONE';
  const labels = derived.filter((relationship) => relationship !== Relationship.RECORDING_AGENCY && relationship !== Relationship.ACCEPTED_REFERRAL);
  return labels.length === 0 ? 'NONE' : labels.join('+');
}

/**
 * Consent states of the person towards the caller's agency. ACTIVE, EXPIRED and WITHDRAWN are grants for
 * REFERRAL_ASSISTANCE; the purpose dimension adds an active grant for LAW_ENFORCEMENT_COOPERATION (the one purpose that
 * opens health and psycho-social records to the police) and one for RESEARCH_ANONYMISED (opens nothing personal).
 * A grant goes only to the agency types its purpose may go to (PURPOSE_GRANTEE_TYPES): where the state's purpose does
 * not fit the grantee, grantPurpose gives the fitting purpose that opens the same to it.
 */
type ConsentState = 'NONE' | 'ACTIVE' | 'ACTIVE_LAW_ENFORCEMENT' | 'ACTIVE_RESEARCH' | 'EXPIRED' | 'WITHDRAWN' | 'OVERRIDE';
const CONSENT_STATES: readonly ConsentState[] = ['NONE', 'ACTIVE', 'ACTIVE_LAW_ENFORCEMENT', 'ACTIVE_RESEARCH', 'EXPIRED', 'WITHDRAWN', 'OVERRIDE'];
const GRANT_PURPOSE: Record<Exclude<ConsentState, 'NONE' | 'OVERRIDE'>, ConsentPurpose> = {
  ACTIVE: ConsentPurpose.REFERRAL_ASSISTANCE,
  ACTIVE_LAW_ENFORCEMENT: ConsentPurpose.LAW_ENFORCEMENT_COOPERATION,
  ACTIVE_RESEARCH: ConsentPurpose.RESEARCH_ANONYMISED,
  EXPIRED: ConsentPurpose.REFERRAL_ASSISTANCE,
  WITHDRAWN: ConsentPurpose.REFERRAL_ASSISTANCE,
};

/**
 * The purpose of the state's grant to an agency of this type. Reads depend on a grant's purpose only through the
 * consent-only categories (police: HEALTH and PSYCHOSOCIAL need LAW_ENFORCEMENT_COOPERATION), anonymised research
 * (nothing personal) and the formal identification group (FORMAL_IDENTIFICATION; no cell of this matrix holds that
 * relationship). So the police, who may not receive REFERRAL_ASSISTANCE, get FORMAL_IDENTIFICATION (both open every
 * category but the clinical ones to them), and the other agency types, who may not receive LAW_ENFORCEMENT_COOPERATION,
 * get REFERRAL_ASSISTANCE (every non-research purpose opens the same to a non-police agency). recordConsent checks that
 * the substitute opens exactly what the state's purpose would. null: no purpose fits (no grant is recorded).
 */
function grantPurpose(state: Exclude<ConsentState, 'NONE' | 'OVERRIDE'>, agencyType: AgencyType): ConsentPurpose | null {
  const purpose = GRANT_PURPOSE[state];
  if (purposeFitsGrantee(purpose, agencyType)) return purpose;
  const substitute = purpose === ConsentPurpose.REFERRAL_ASSISTANCE ? ConsentPurpose.FORMAL_IDENTIFICATION : ConsentPurpose.REFERRAL_ASSISTANCE;
  return purpose !== ConsentPurpose.RESEARCH_ANONYMISED && purposeFitsGrantee(substitute, agencyType) ? substitute : null;
}

interface FixturePerson {
  kind: FixtureKind;
  state: ConsentState;
  personId: string;
  referralId?: string;
  /** Consent grants and overrides recorded on the person, by grantee agency, as the server returned them. */
  permissions: Permission[];
}

interface PermissionView {
  id: string;
  granteeAgencyId: string;
  categories: DataCategory[];
  /** A grant's purpose; an override has none. */
  purpose?: ConsentPurpose;
  expiresAt: string | null;
  withdrawnAt?: string | null;
}

function toPermission(view: PermissionView, kind: LegalBasis.CONSENT | LegalBasis.OVERRIDE): Permission {
  return {
    id: view.id,
    kind,
    granteeAgencyId: view.granteeAgencyId,
    categories: view.categories,
    purpose: view.purpose ?? null,
    expiresAt: view.expiresAt ? new Date(view.expiresAt) : null,
    withdrawnAt: view.withdrawnAt ? new Date(view.withdrawnAt) : null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Operations × roles. Allowed roles copied from each resolver's @Roles (source file named next to each).

const ALL = [...ALL_ROLES];
/** The message of the role guard's FORBIDDEN (forbidden() of @nrm/graphql), told apart from a record's denial. */
const GUARD_REFUSAL = 'Not allowed';
const OPERATIONS: ReadonlyArray<{ name: string; allowed: readonly Role[]; source: string; query: string; variables?: () => Record<string, unknown> }> = [
  {
    name: 'submitInitialIdentification',
    allowed: [Role.FIRST_RESPONDER],
    source: 'services/identification/src/identification/identification.resolver.ts',
    query: `mutation($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id } }`,
    variables: () => ({ input: identificationInput({ givenName: 'Roleguard', familyName: 'Probeperson' }) }),
  },
  {
    name: 'createReferral',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/referral/src/referrals/referral.resolver.ts',
    query: `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
    variables: () => ({ input: { personId: randomUUID(), providerId: randomUUID() } }),
  },
  {
    name: 'respondToReferral',
    allowed: [Role.CASE_MANAGER],
    source: 'services/referral/src/referrals/referral.resolver.ts',
    query: `mutation($input: RespondToReferralInput!) { respondToReferral(input: $input) { id } }`,
    variables: () => ({ input: { referralId: randomUUID(), decision: 'ACCEPT' } }),
  },
  {
    name: 'createServiceProvider',
    allowed: [Role.PLATFORM_ADMIN],
    source: 'services/referral/src/service-providers/service-provider.resolver.ts',
    query: `mutation($input: CreateServiceProviderInput!) { createServiceProvider(input: $input) { id } }`,
    // An agency the directory does not hold: the admin passes the guard and is refused the input, nothing is written.
    variables: () => ({ input: { agencyId: 'no-such-agency', name: 'x', region: 'TIRANA', serves: ['ADULTS'], services: ['ACCOMMODATION'], placesTotal: 1 } }),
  },
  {
    name: 'updateServiceProvider',
    allowed: [Role.PLATFORM_ADMIN],
    source: 'services/referral/src/service-providers/service-provider.resolver.ts',
    query: `mutation($input: UpdateServiceProviderInput!) { updateServiceProvider(input: $input) { id } }`,
    variables: () => ({ input: { providerId: randomUUID(), name: 'x' } }),
  },
  {
    name: 'setServiceProviderAuthorisation',
    allowed: [Role.RA_HEAD],
    source: 'services/referral/src/service-providers/service-provider.resolver.ts',
    query: `mutation($input: SetServiceProviderAuthorisationInput!) { setServiceProviderAuthorisation(input: $input) { id } }`,
    variables: () => ({ input: { providerId: randomUUID(), authorised: true, reason: 'LICENCE_GRANTED' } }),
  },
  {
    name: 'serviceProviderChanges',
    allowed: [Role.PLATFORM_ADMIN, Role.RA_OFFICER, Role.RA_HEAD, Role.AUDITOR],
    source: 'services/referral/src/service-providers/service-provider.resolver.ts',
    query: `query($providerId: ID!) { serviceProviderChanges(providerId: $providerId) { id } }`,
    variables: () => ({ providerId: randomUUID() }),
  },
  {
    name: 'providerMatches',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/referral/src/referrals/provider-match.resolver.ts',
    query: `query($personId: ID!) { providerMatches(personId: $personId) { eligible } }`,
    variables: () => ({ personId: randomUUID() }),
  },
  {
    name: 'withdrawReferral',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/referral/src/referrals/referral.resolver.ts',
    query: `mutation($input: WithdrawReferralInput!) { withdrawReferral(input: $input) { id } }`,
    variables: () => ({ input: { referralId: randomUUID(), reason: 'PERSON_WITHDREW' } }),
  },
  {
    name: 'serviceProviders',
    // DIRECTORY_READER_ROLES
    allowed: [Role.RA_OFFICER, Role.RA_HEAD, Role.CASE_MANAGER, Role.CHILD_PROTECTION_WORKER, Role.PLATFORM_ADMIN],
    source: 'services/referral/src/service-providers/service-provider.resolver.ts',
    query: `{ serviceProviders { id } }`,
  },
  {
    name: 'referrals',
    // REFERRAL_READER_ROLES
    allowed: [Role.RA_OFFICER, Role.RA_HEAD, Role.CASE_MANAGER, Role.SHELTER_STAFF],
    source: 'services/referral/src/referrals/referral.resolver.ts',
    query: `{ referrals(first: 1) { edges { node { id } } } }`,
  },
  {
    name: 'cases',
    // CASE_READER_ROLES
    allowed: [Role.CASE_MANAGER, Role.SHELTER_STAFF, Role.SHELTER_HEAD],
    source: 'services/shelters/src/cases/case.resolver.ts',
    query: `{ cases(first: 1) { edges { node { id } } } }`,
  },
  {
    name: 'myNotifications',
    allowed: ALL, // @AnyStaff
    source: 'services/notifications/src/notification/notification.resolver.ts',
    query: `{ myNotifications(first: 1) { id } }`,
  },
  ...(['grantConsent', 'withdrawConsent', 'consentGrants'] as const).map((name) => ({
    name,
    // CONSENT_RECORDER_ROLES (services/identification/src/consent/consent-rules.ts)
    allowed: [
      Role.FIRST_RESPONDER,
      Role.RA_OFFICER,
      Role.RA_HEAD,
      Role.CHILD_PROTECTION_WORKER,
      Role.CASE_MANAGER,
      Role.FORMAL_ID_POLICE,
      Role.FORMAL_ID_SOCIAL,
    ],
    source: 'services/identification/src/consent/consent.resolver.ts',
    // A person / grant that does not exist: an allowed role passes the guard (NOT_FOUND for the RA, else the answer
    // for a person it is not linked to), never the guard's refusal.
    query: {
      grantConsent: `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`,
      withdrawConsent: `mutation($id: ID!) { withdrawConsent(id: $id) { id } }`,
      consentGrants: `query($personId: ID!) { consentGrants(personId: $personId) { id } }`,
    }[name],
    variables: () =>
      ({
        grantConsent: {
          input: {
            personId: randomUUID(),
            granteeAgencyId: 'shelter-a',
            purpose: 'REFERRAL_ASSISTANCE',
            categories: ['IDENTITY'],
            givenBy: 'PERSON',
            evidenceReference: 'CF-2026-0001',
          },
        },
        withdrawConsent: { id: randomUUID() },
        consentGrants: { personId: randomUUID() },
      })[name],
  })),
  {
    name: 'grantLegalBasisOverride',
    allowed: [Role.RA_HEAD],
    source: 'services/identification/src/consent/consent.resolver.ts',
    query: `mutation($input: GrantLegalBasisOverrideInput!) { grantLegalBasisOverride(input: $input) { id } }`,
    variables: () => ({ input: { personId: randomUUID(), granteeAgencyId: 'shelter-a', categories: ['IDENTITY'], reason: 'Vital interests of the person' } }),
  },
  {
    name: 'legalBasisOverrides',
    allowed: [Role.RA_HEAD, Role.AUDITOR],
    source: 'services/identification/src/consent/consent.resolver.ts',
    query: `query($personId: ID) { legalBasisOverrides(filter: { personId: $personId }) { id } }`,
    variables: () => ({ personId: randomUUID() }),
  },
  {
    name: 'reviewLegalBasisOverride',
    allowed: [Role.RA_HEAD],
    source: 'services/identification/src/consent/consent.resolver.ts',
    // An override that does not exist: an allowed role passes the guard and gets NOT_FOUND.
    query: `mutation($id: ID!) { reviewLegalBasisOverride(id: $id, outcome: UPHELD) { id } }`,
    variables: () => ({ id: randomUUID() }),
  },
  ...(['consentGrantsForReview', 'reviewConsentGrant'] as const).map((name) => ({
    name,
    // CONSENT_REVIEWER_ROLES (services/identification/src/consent/consent-rules.ts)
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/identification/src/consent/consent.resolver.ts',
    query: {
      consentGrantsForReview: `query($id: ID) { consentGrantsForReview(filter: { personId: $id }) { id } }`,
      reviewConsentGrant: `mutation($id: ID!) { reviewConsentGrant(id: $id, outcome: UPHELD) { id } }`,
    }[name],
    variables: () => ({ id: randomUUID() }),
  })),
  ...(['possibleDuplicates', 'duplicateCandidates', 'dismissDuplicateCandidate'] as const).map((name) => ({
    name,
    // DUPLICATE_REVIEWER_ROLES (services/identification/src/duplicates/duplicates.resolver.ts)
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/identification/src/duplicates/duplicates.resolver.ts',
    query: {
      possibleDuplicates: `{ possibleDuplicates(first: 1) { edges { node { id } } } }`,
      duplicateCandidates: `query($id: ID!) { duplicateCandidates(personId: $id) { id } }`,
      dismissDuplicateCandidate: `mutation($id: ID!) { dismissDuplicateCandidate(id: $id, reason: "Not the same person at all") { id } }`,
    }[name],
    variables: () => ({ id: randomUUID() }),
  })),
  {
    name: 'linkDuplicatePersons',
    // DUPLICATE_LINKER_ROLES
    allowed: [Role.RA_HEAD],
    source: 'services/identification/src/duplicates/duplicates.resolver.ts',
    query: `mutation($input: LinkDuplicatePersonsInput!) { linkDuplicatePersons(input: $input) { aliasPersonId } }`,
    variables: () => ({ input: { personId: randomUUID(), duplicateOfPersonId: randomUUID(), reason: 'The same person, documents checked' } }),
  },
  {
    name: 'legalHoldReasonCodes',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/identification/src/person-rights/legal-hold-reason.resolver.ts',
    query: `{ legalHoldReasonCodes { code } }`,
  },
  {
    name: 'auditTrail',
    allowed: [Role.AUDITOR, Role.RA_HEAD],
    source: 'services/identification/src/audit/audit.resolver.ts',
    query: `query($personId: ID!) { auditTrail(personId: $personId, first: 1) { action } }`,
    variables: () => ({ personId: randomUUID() }),
  },
  {
    name: 'auditEntries',
    allowed: [Role.AUDITOR, Role.RA_HEAD],
    source: 'services/identification/src/audit/audit.resolver.ts',
    query: `query($personId: ID!) { auditEntries(personId: $personId, first: 1) { edges { node { action } } } }`,
    variables: () => ({ personId: randomUUID() }),
  },
  {
    name: 'verifyAuditTrail',
    allowed: [Role.AUDITOR],
    source: 'services/identification/src/audit/audit.resolver.ts',
    query: `{ verifyAuditTrail { ok } }`,
  },
  {
    name: 'failedJobs',
    allowed: [Role.PLATFORM_ADMIN],
    source: 'services/identification/src/operations/failed-jobs.resolver.ts',
    query: `{ failedJobs(first: 1) { edges { node { id service queue name failedReason attemptsMade failedAt } } } }`,
  },
  {
    name: 'retryFailedJob',
    allowed: [Role.PLATFORM_ADMIN],
    source: 'services/identification/src/operations/failed-jobs.resolver.ts',
    query: `mutation($id: String!) { retryFailedJob(service: "notifications", queue: "events.notifications", id: $id) }`,
    variables: () => ({ id: randomUUID() }),
  },
  {
    name: 'person',
    // PERSON_READER_ROLES
    allowed: [
      Role.FIRST_RESPONDER,
      Role.RA_OFFICER,
      Role.RA_HEAD,
      Role.CHILD_PROTECTION_WORKER,
      Role.FORMAL_ID_POLICE,
      Role.FORMAL_ID_SOCIAL,
      Role.CASE_MANAGER,
      Role.SHELTER_STAFF,
      Role.SHELTER_HEAD,
    ],
    source: 'services/identification/src/person-profile/person.resolver.ts',
    query: `query($id: ID!) { person(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
  },
  {
    name: 'personByReference',
    // RA_MANDATE_ROLES
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/identification/src/person-profile/person.resolver.ts',
    query: `{ personByReference(reference: "NRM-1999-999999") { id } }`,
  },
  {
    name: 'initialIdentifications',
    // READERS
    allowed: [Role.FIRST_RESPONDER, Role.RA_OFFICER, Role.RA_HEAD, Role.CHILD_PROTECTION_WORKER],
    source: 'services/identification/src/identification/identification.resolver.ts',
    query: `{ initialIdentifications(first: 1) { edges { node { id } } } }`,
  },
  {
    name: 'agencies',
    allowed: ALL, // @AnyStaff
    source: 'services/identification/src/directory/directory.resolver.ts',
    query: `{ agencies { id } }`,
  },
  {
    name: 'users',
    // DIRECTORY_WIDE_ROLES and OWN_AGENCY_DIRECTORY_ROLES
    allowed: [Role.RA_OFFICER, Role.RA_HEAD, Role.PLATFORM_ADMIN, Role.CASE_MANAGER, Role.SHELTER_HEAD],
    source: 'services/identification/src/directory/directory.resolver.ts',
    query: `{ users { id } }`,
  },
  {
    name: 'syncDirectory',
    allowed: [Role.PLATFORM_ADMIN],
    source: 'services/identification/src/directory/directory.resolver.ts',
    query: `mutation { syncDirectory { agencies } }`,
  },
  {
    name: 'indicatorCatalog',
    allowed: ALL, // @AnyStaff
    source: 'services/identification/src/indicators/indicator.resolver.ts',
    query: `{ indicatorCatalog { code } }`,
  },
  {
    name: 'regions',
    allowed: ALL, // @AnyStaff
    source: 'services/identification/src/regions/region.resolver.ts',
    query: `{ regions { code } }`,
  },
  {
    name: 'assessmentAreas',
    allowed: ALL, // @AnyStaff
    source: 'services/shelters/src/records/assessment-catalog.resolver.ts',
    query: `{ assessmentAreas { area } }`,
  },
  {
    name: 'legalProblemTypes',
    allowed: ALL, // @AnyStaff
    source: 'services/shelters/src/records/assessment-catalog.resolver.ts',
    query: `{ legalProblemTypes { code } }`,
  },
  // Ids that do not exist: an allowed role passes the guard and gets NOT_FOUND, BAD_USER_INPUT, or the FORBIDDEN of a
  // record it may not see, never the guard's refusal.
  {
    name: 'initialIdentification',
    allowed: [Role.FIRST_RESPONDER, Role.RA_OFFICER, Role.RA_HEAD, Role.CHILD_PROTECTION_WORKER],
    source: 'services/identification/src/identification/identification.resolver.ts',
    query: `query($id: ID!) { initialIdentification(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
  },
  {
    name: 'recordAgeVerification',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/identification/src/age-verification/age-verification.resolver.ts',
    query: `mutation($input: RecordAgeVerificationInput!) { recordAgeVerification(input: $input) { id } }`,
    variables: () => ({ input: { personId: randomUUID(), outcome: 'ADULT', method: 'IDENTITY_DOCUMENT', verifiedAt: '2026-01-01T00:00:00Z' } }),
  },
  {
    name: 'ageVerifications',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD, Role.CHILD_PROTECTION_WORKER, Role.FIRST_RESPONDER],
    source: 'services/identification/src/age-verification/age-verification.resolver.ts',
    query: `query($personId: ID!) { ageVerifications(personId: $personId) { id } }`,
    variables: () => ({ personId: randomUUID() }),
  },
  {
    name: 'recordInitialInterview',
    allowed: [Role.FIRST_RESPONDER, Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/identification/src/identification/identification.resolver.ts',
    query: `mutation($input: RecordInitialInterviewInput!) { recordInitialInterview(input: $input) { id } }`,
    variables: () => ({
      input: { identificationId: randomUUID(), interview: { consentToInterview: true }, person: {}, indicatorCodes: [], exploitationTypes: [] },
    }),
  },
  {
    name: 'resumeInterview',
    allowed: [Role.FIRST_RESPONDER],
    source: 'services/identification/src/identification/identification.resolver.ts',
    query: `mutation($input: ResumeInterviewInput!) { resumeInterview(input: $input) { id } }`,
    variables: () => ({ input: { identificationId: randomUUID(), interview: { consentToInterview: true } } }),
  },
  {
    name: 'saveIdentificationDraft',
    allowed: [Role.FIRST_RESPONDER],
    source: 'services/identification/src/draft/draft.resolver.ts',
    query: `mutation($input: SaveIdentificationDraftInput!) { saveIdentificationDraft(input: $input) { id } }`,
    variables: () => ({ input: { draftId: randomUUID(), clientRequestId: `matrix-${randomUUID()}`, payload: '{}' } }),
  },
  {
    name: 'identificationDraft',
    allowed: [Role.FIRST_RESPONDER],
    source: 'services/identification/src/draft/draft.resolver.ts',
    query: `query($id: ID!) { identificationDraft(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
  },
  {
    name: 'myIdentificationDrafts',
    allowed: [Role.FIRST_RESPONDER],
    source: 'services/identification/src/draft/draft.resolver.ts',
    query: `{ myIdentificationDrafts { id } }`,
  },
  {
    name: 'discardIdentificationDraft',
    allowed: [Role.FIRST_RESPONDER],
    source: 'services/identification/src/draft/draft.resolver.ts',
    query: `mutation($id: ID!) { discardIdentificationDraft(id: $id) }`,
    variables: () => ({ id: randomUUID() }),
  },
  {
    name: 'setLegalHold',
    allowed: [Role.RA_HEAD],
    source: 'services/identification/src/person-rights/person-rights.resolver.ts',
    query: `mutation($personId: ID!) { setLegalHold(personId: $personId, reasonCode: "CRIMINAL_PROCEEDINGS") { id } }`,
    variables: () => ({ personId: randomUUID() }),
  },
  {
    name: 'releaseLegalHold',
    allowed: [Role.RA_HEAD],
    source: 'services/identification/src/person-rights/person-rights.resolver.ts',
    query: `mutation($personId: ID!) { releaseLegalHold(personId: $personId) { id } }`,
    variables: () => ({ personId: randomUUID() }),
  },
  {
    name: 'legalHolds',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/identification/src/person-rights/person-rights.resolver.ts',
    query: `query($personId: ID!) { legalHolds(personId: $personId) { id } }`,
    variables: () => ({ personId: randomUUID() }),
  },
  {
    name: 'exportPersonData',
    // SUBJECT_ACCESS_ROLES (libs/service-kit/src/person-export.ts)
    allowed: [Role.RA_HEAD],
    source: 'services/identification/src/person-rights/person-rights.resolver.ts',
    query: `query($personId: ID!) { exportPersonData(personId: $personId, requestReference: "SAR-2026-0001") { personId } }`,
    variables: () => ({ personId: randomUUID() }),
  },
  {
    name: 'recordSubjectAccessRequest',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/identification/src/person-rights/person-rights.resolver.ts',
    query: `mutation($input: RecordSubjectAccessRequestInput!) { recordSubjectAccessRequest(input: $input) { id } }`,
    variables: () => ({
      input: { personId: randomUUID(), requestReference: 'SAR-2026-0001', requestedBy: 'PERSON', identityCheck: 'IDENTITY_DOCUMENT_SEEN', receivedAt: new Date().toISOString() },
    }),
  },
  {
    name: 'erasePersonData',
    allowed: [Role.RA_HEAD],
    source: 'services/identification/src/person-rights/person-rights.resolver.ts',
    query: `mutation($personId: ID!) { erasePersonData(personId: $personId, requestReference: "SAR-2026-0001") { personId } }`,
    variables: () => ({ personId: randomUUID() }),
  },
  {
    name: 'formalIdentifications',
    allowed: [Role.FORMAL_ID_POLICE, Role.FORMAL_ID_SOCIAL, Role.CHILD_PROTECTION_WORKER, Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/formal-identification/src/formal-identification/formal-identification.resolver.ts',
    query: `query($personId: ID!) { formalIdentifications(personId: $personId) { id } }`,
    variables: () => ({ personId: randomUUID() }),
  },
  {
    name: 'myFormalIdentifications',
    allowed: [Role.FORMAL_ID_POLICE, Role.FORMAL_ID_SOCIAL, Role.CHILD_PROTECTION_WORKER],
    source: 'services/formal-identification/src/formal-identification/formal-identification.resolver.ts',
    query: `{ myFormalIdentifications { id } }`,
  },
  {
    name: 'formalIdentification',
    allowed: [Role.FORMAL_ID_POLICE, Role.FORMAL_ID_SOCIAL, Role.CHILD_PROTECTION_WORKER, Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/formal-identification/src/formal-identification/formal-identification.resolver.ts',
    query: `query($id: ID!) { formalIdentification(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
  },
  {
    name: 'requestFormalIdentification',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/formal-identification/src/formal-identification/formal-identification.resolver.ts',
    query: `mutation($input: RequestFormalIdentificationInput!) { requestFormalIdentification(input: $input) { id } }`,
    variables: () => ({ input: { personId: randomUUID(), statementOfWillingness: true } }),
  },
  {
    name: 'conveneFormalIdentificationGroup',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/formal-identification/src/formal-identification/formal-identification.resolver.ts',
    query: `mutation($input: ConveneFormalIdentificationGroupInput!) { conveneFormalIdentificationGroup(input: $input) { id } }`,
    variables: () => ({ input: { formalIdentificationId: randomUUID(), policeMemberId: randomUUID(), socialMemberId: randomUUID(), scheduledAt: '2026-12-03T09:00:00Z' } }),
  },
  {
    name: 'recordFormalInterview',
    // the group's members
    allowed: [Role.FORMAL_ID_POLICE, Role.FORMAL_ID_SOCIAL, Role.CHILD_PROTECTION_WORKER],
    source: 'services/formal-identification/src/formal-identification/formal-identification.resolver.ts',
    query: `mutation($input: RecordFormalInterviewInput!) { recordFormalInterview(input: $input) { id } }`,
    variables: () => ({ input: { formalIdentificationId: randomUUID(), startedAt: '2026-01-05T09:00:00Z', endedAt: '2026-01-05T10:00:00Z' } }),
  },
  {
    name: 'recordFormalIdentificationConclusion',
    allowed: [Role.FORMAL_ID_POLICE, Role.FORMAL_ID_SOCIAL, Role.CHILD_PROTECTION_WORKER],
    source: 'services/formal-identification/src/formal-identification/formal-identification.resolver.ts',
    query: `mutation($input: RecordFormalIdentificationConclusionInput!) { recordFormalIdentificationConclusion(input: $input) { id } }`,
    variables: () => ({ input: { formalIdentificationId: randomUUID(), outcome: 'VICTIM', reasons: 'matrix' } }),
  },
  {
    name: 'recordCriminalReport',
    allowed: [Role.FORMAL_ID_POLICE],
    source: 'services/formal-identification/src/formal-identification/formal-identification.resolver.ts',
    query: `mutation($input: RecordCriminalReportInput!) { recordCriminalReport(input: $input) { id } }`,
    variables: () => ({ input: { formalIdentificationId: randomUUID(), reportedAt: '2026-01-05T09:00:00Z' } }),
  },
  {
    name: 'startReflectionPeriod',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/formal-identification/src/foreign-nationals/foreign-nationals.resolver.ts',
    query: `mutation($input: StartReflectionPeriodInput!) { startReflectionPeriod(input: $input) { id } }`,
    variables: () => ({ input: { personId: randomUUID() } }),
  },
  {
    name: 'recordResidencePermit',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/formal-identification/src/foreign-nationals/foreign-nationals.resolver.ts',
    query: `mutation($input: RecordResidencePermitInput!) { recordResidencePermit(input: $input) { id } }`,
    variables: () => ({ input: { personId: randomUUID(), type: 'A', issuedAt: '2026-01-05T09:00:00Z', expiresAt: '2026-04-05T09:00:00Z' } }),
  },
  {
    name: 'reflectionPeriods',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/formal-identification/src/foreign-nationals/foreign-nationals.resolver.ts',
    query: `query($personId: ID!) { reflectionPeriods(personId: $personId) { id } }`,
    variables: () => ({ personId: randomUUID() }),
  },
  {
    name: 'residencePermits',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/formal-identification/src/foreign-nationals/foreign-nationals.resolver.ts',
    query: `query($personId: ID!) { residencePermits(personId: $personId) { id } }`,
    variables: () => ({ personId: randomUUID() }),
  },
  {
    name: 'removalProtection',
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/formal-identification/src/foreign-nationals/foreign-nationals.resolver.ts',
    query: `query($personId: ID!) { removalProtection(personId: $personId) { noRemoval } }`,
    variables: () => ({ personId: randomUUID() }),
  },
  {
    name: 'markNotificationRead',
    allowed: ALL, // @AnyStaff
    source: 'services/notifications/src/notification/notification.resolver.ts',
    query: `mutation($id: ID!) { markNotificationRead(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
  },
  {
    name: 'myNotificationPreferences',
    allowed: ALL, // @AnyStaff: the caller's own preferences only
    source: 'services/notifications/src/email/notification-preferences.resolver.ts',
    query: `{ myNotificationPreferences { emailKinds language } }`,
  },
  {
    name: 'setNotificationPreferences',
    allowed: ALL, // @AnyStaff: the caller's own preferences only
    source: 'services/notifications/src/email/notification-preferences.resolver.ts',
    // An unknown language: past the guard it is BAD_USER_INPUT, so no demo user's preferences change.
    query: `mutation($input: NotificationPreferencesInput!) { setNotificationPreferences(input: $input) { emailKinds } }`,
    variables: () => ({ input: { emailKinds: [], language: 'xx' } }),
  },
  {
    name: 'deadlines',
    // DEADLINE_READER_ROLES (services/notifications/src/deadline/deadline.service.ts)
    allowed: [Role.RA_OFFICER, Role.RA_HEAD, Role.CASE_MANAGER, Role.SHELTER_HEAD],
    source: 'services/notifications/src/deadline/deadline.resolver.ts',
    query: `{ deadlines(first: 1) { edges { node { id } } } }`,
  },
  {
    name: 'acknowledgeIdentification',
    // RESPONSIBLE_AUTHORITY_ROLES
    allowed: [Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/notifications/src/deadline/deadline.resolver.ts',
    query: `mutation($id: ID!) { acknowledgeIdentification(identificationId: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
  },
  {
    name: 'referral',
    // REFERRAL_READER_ROLES
    allowed: [Role.RA_OFFICER, Role.RA_HEAD, Role.CASE_MANAGER, Role.SHELTER_STAFF],
    source: 'services/referral/src/referrals/referral.resolver.ts',
    query: `query($id: ID!) { referral(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
  },
  ...(['statisticsSnapshots', 'statisticsSnapshot'] as const).map((name) => ({
    name,
    // STATISTICS_ROLES
    allowed: [Role.NATIONAL_COORDINATOR, Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/reporting/src/snapshots/statistics-snapshot.resolver.ts',
    query: { statisticsSnapshots: `{ statisticsSnapshots { id } }`, statisticsSnapshot: `query($id: ID!) { statisticsSnapshot(id: $id) { id } }` }[name],
    variables: () => ({ id: randomUUID() }),
  })),
  ...(['requestStatisticsExport', 'statisticsExport'] as const).map((name) => ({
    name,
    // STATISTICS_ROLES
    allowed: [Role.NATIONAL_COORDINATOR, Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/reporting/src/exports/statistics-export.resolver.ts',
    query: {
      requestStatisticsExport: `mutation { requestStatisticsExport(input: { kind: TABLE, format: CSV, table: { from: "2017-01-01", to: "2017-01-31", groupBy: [SEX] } }) { id } }`,
      statisticsExport: `query($id: ID!) { statisticsExport(id: $id) { id } }`,
    }[name],
    variables: () => ({ id: randomUUID() }),
  })),
  ...(['nationalStatistics', 'statisticsFunnel', 'shelterOccupancy', 'overdueItems'] as const).map((name) => ({
    name,
    // STATISTICS_READERS
    allowed: [Role.NATIONAL_COORDINATOR, Role.RA_OFFICER, Role.RA_HEAD],
    source: 'services/reporting/src/statistics/national-statistics.resolver.ts',
    query: {
      nationalStatistics: `{ nationalStatistics(input: { from: "2017-01-01", to: "2017-01-31", groupBy: [SEX] }) { total } }`,
      statisticsFunnel: `{ statisticsFunnel(input: { from: "2017-01-01", to: "2017-01-31" }) { granularity } }`,
      shelterOccupancy: `{ shelterOccupancy(input: { from: "2017-01-01", to: "2017-01-31" }) { date } }`,
      overdueItems: `{ overdueItems { kind } }`,
    }[name],
  })),
  {
    name: 'case',
    // CASE_READER_ROLES
    allowed: [Role.CASE_MANAGER, Role.SHELTER_STAFF, Role.SHELTER_HEAD],
    source: 'services/shelters/src/cases/case.resolver.ts',
    query: `query($id: ID!) { case(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
  },
  {
    name: 'recordNeedsAssessment',
    allowed: [Role.CASE_MANAGER, Role.SHELTER_STAFF],
    source: 'services/shelters/src/records/needs-assessment.resolver.ts',
    query: `mutation($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id } }`,
    variables: () => ({ input: { caseId: randomUUID(), area: 'HEALTH', summary: 'GOOD' } }),
  },
  // The case track: CASE_DECIDER_ROLES, CASE_READER_ROLES and the head alone (services/shelters/src/cases/case.resolver.ts).
  ...(
    [
      ['admitToCase', 'AdmitToCaseInput', () => ({ caseId: randomUUID(), admittedAt: new Date().toISOString(), placementType: 'OTHER' })],
      ['assignCaseManager', 'AssignCaseManagerInput', () => ({ caseId: randomUUID(), caseManagerId: '00000000-0000-4000-8000-000000000009' })],
      ['setCaseTeam', 'SetCaseTeamInput', () => ({ caseId: randomUUID(), memberIds: [] })],
      ['moveCasePhase', 'MoveCasePhaseInput', () => ({ caseId: randomUUID(), phase: 'STABILISATION' })],
      ['closeCase', 'CloseCaseInput', () => ({ caseId: randomUUID(), closureType: 'UNPLANNED', reviewNotes: 'review' })],
    ] as const
  ).map(([name, inputType, input]) => ({
    name,
    allowed: [Role.CASE_MANAGER, Role.SHELTER_HEAD],
    source: 'services/shelters/src/cases/case.resolver.ts',
    query: `mutation($input: ${inputType}!) { ${name}(input: $input) { id } }`,
    variables: () => ({ input: input() }),
  })),
  {
    name: 'startFollowUp',
    allowed: [Role.CASE_MANAGER, Role.SHELTER_HEAD],
    source: 'services/shelters/src/cases/case.resolver.ts',
    query: `mutation($caseId: ID!) { startFollowUp(caseId: $caseId) { id } }`,
    variables: () => ({ caseId: randomUUID() }),
  },
  {
    name: 'requestCaseManagerChange',
    allowed: [Role.CASE_MANAGER, Role.SHELTER_STAFF, Role.SHELTER_HEAD],
    source: 'services/shelters/src/cases/case.resolver.ts',
    query: `mutation($input: RequestCaseManagerChangeInput!) { requestCaseManagerChange(input: $input) { id } }`,
    variables: () => ({ input: { caseId: randomUUID() } }),
  },
  {
    name: 'decideCaseManagerChange',
    allowed: [Role.SHELTER_HEAD],
    source: 'services/shelters/src/cases/case.resolver.ts',
    query: `mutation($input: DecideCaseManagerChangeInput!) { decideCaseManagerChange(input: $input) { id } }`,
    variables: () => ({ input: { requestId: randomUUID(), outcome: 'REFUSED' } }),
  },
  {
    name: 'saveReintegrationPlan',
    allowed: [Role.CASE_MANAGER, Role.SHELTER_STAFF],
    source: 'services/shelters/src/reintegration/reintegration-plan.resolver.ts',
    query: `mutation($input: SaveReintegrationPlanInput!) { saveReintegrationPlan(input: $input) { id } }`,
    variables: () => ({
      input: {
        caseId: randomUUID(),
        objectives: [{ area: 'HEALTH', objective: 'o', actions: [{ description: 'a', responsible: 'PERSON', reviewDate: '2099-01-01', successIndicator: 'i' }] }],
      },
    }),
  },
  {
    name: 'signReintegrationPlan',
    allowed: [Role.CASE_MANAGER],
    source: 'services/shelters/src/reintegration/reintegration-plan.resolver.ts',
    query: `mutation($input: SignReintegrationPlanInput!) { signReintegrationPlan(input: $input) { id } }`,
    variables: () => ({ input: { caseId: randomUUID(), version: 1, signatory: 'PERSON' } }),
  },
  {
    name: 'reintegrationPlanPdf',
    // PERSON_READER_ROLES, as Person.reintegrationPlans: the access policy then decides (an unknown id is the FORBIDDEN
    // of a plan the caller may not read, NOT_FOUND to the RA roles).
    allowed: [
      Role.FIRST_RESPONDER,
      Role.RA_OFFICER,
      Role.RA_HEAD,
      Role.CHILD_PROTECTION_WORKER,
      Role.FORMAL_ID_POLICE,
      Role.FORMAL_ID_SOCIAL,
      Role.CASE_MANAGER,
      Role.SHELTER_STAFF,
      Role.SHELTER_HEAD,
    ],
    source: 'services/shelters/src/reintegration/reintegration-plan.resolver.ts',
    query: `query($planId: ID!) { reintegrationPlanPdf(planId: $planId, locale: SQ) { filename } }`,
    variables: () => ({ planId: randomUUID() }),
  },
  {
    name: 'recordMonitoringContact',
    allowed: [Role.CASE_MANAGER, Role.SHELTER_STAFF],
    source: 'services/shelters/src/monitoring/monitoring.resolver.ts',
    query: `mutation($input: RecordMonitoringContactInput!) { recordMonitoringContact(input: $input) { nextContactDueAt } }`,
    variables: () => ({ input: { caseId: randomUUID(), mode: 'PHONE', areas: ['FAMILY'] } }),
  },
  {
    name: 'lodgeComplaint',
    allowed: [Role.CASE_MANAGER, Role.SHELTER_STAFF, Role.SHELTER_HEAD],
    source: 'services/shelters/src/complaints/complaint.resolver.ts',
    query: `mutation($input: LodgeComplaintInput!) { lodgeComplaint(input: $input) { id } }`,
    variables: () => ({ input: { caseId: randomUUID(), anonymous: false, channel: 'WRITTEN', addressee: 'STAFF', aspect: 'OTHER', description: 'x' } }),
  },
  {
    name: 'complaints',
    allowed: [Role.CASE_MANAGER, Role.SHELTER_STAFF, Role.SHELTER_HEAD, Role.FORMAL_ID_SOCIAL],
    source: 'services/shelters/src/complaints/complaint.resolver.ts',
    query: `{ complaints { id } }`,
  },
  {
    name: 'recordComplaintOutcome',
    allowed: [Role.CASE_MANAGER, Role.SHELTER_HEAD, Role.FORMAL_ID_SOCIAL],
    source: 'services/shelters/src/complaints/complaint.resolver.ts',
    query: `mutation($input: RecordComplaintOutcomeInput!) { recordComplaintOutcome(input: $input) { id } }`,
    variables: () => ({ input: { complaintId: randomUUID(), outcome: 'UPHELD' } }),
  },
];

/** Every root field of the composed supergraph: the role-guard cells must cover each one. */
function supergraphOperations(): string[] {
  const document = parse(readFileSync(join(REPOSITORY_ROOT, 'infra', 'supergraph', 'supergraph.graphql'), 'utf8'));
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OBJECT_TYPE_DEFINITION && (definition.name.value === 'Query' || definition.name.value === 'Mutation')
      ? (definition.fields ?? []).map((field) => field.name.value)
      : [],
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The audit entries of every cell: what each request wrote to the identification and shelters chains must say what
// was served, category by category (README, "what is audited": every access by anyone outside the owning agency and
// every denied attempt; an agency reading what it owns writes nothing).

/** One user's matrix request: its correlation id, and each person it read on each side. */
interface AuditedRequest {
  username: string;
  correlationId: string;
  reads: ReadonlyArray<{ side: Side; person: FixturePerson }>;
}

interface AuditRowView {
  correlation_id: string;
  service: Side;
  person_id: string | null;
  categories: DataCategory[];
  action: string;
  decision: string;
  basis: string | null;
  reason: string | null;
  permission_id: string | null;
}

/** What one category's entry says; '-' keys an entry about the person with no category (a role refused outright). */
type AuditView = Record<string, string[]>;

function entryLabel(decision: string, basis: string | null, reason: string | null, permissionId: string | null): string {
  return decision === 'ALLOWED' ? `ALLOWED ${basis}${permissionId ? ` ${permissionId}` : ''}` : `DENIED ${reason}`;
}

function labelOf(result: AccessResult): string | null {
  if (result.decision === 'DENIED') return entryLabel('DENIED', null, result.code, null);
  // An agency reading what it recorded is the one access that is not audited.
  return result.basis === LegalBasis.OWNER ? null : entryLabel('ALLOWED', result.basis, null, result.permissionId ?? null);
}

/**
 * The entries one request must have written about one person in each chain, from the same policy and facts as the
 * cells: identification decides SUMMARY for the `person` root whatever is selected, then each identification field;
 * shelters is asked only once the root is served, for each shelter-record field.
 */
function expectedAudit(request: AuditedRequest, person: FixturePerson, now: Date): Record<Side, AuditView> {
  const user = demoUser(request.username);
  const view: Record<Side, AuditView> = { identification: {}, shelters: {} };
  if (!PERSON_READER_ROLES.includes(user.role)) {
    // Refused by the role guard before any person is loaded: one denial about the person, no category.
    view.identification['-'] = ['DENIED FORBIDDEN'];
    return view;
  }
  const decide = (side: Side, category: DataCategory): AccessResult => {
    const facts = factsOf(side, person.kind, user.agencyId);
    return evaluateAccess({
      caller: { agencyId: user.agencyId, agencyType: user.agencyType, roles: [user.role], onCaseTeam: onCaseTeam(person.kind, user.username) },
      subject: { isChild: FIXTURES[person.kind].child, recordingAgencyId: facts.recordingAgencyId },
      relationships: facts.relationships,
      permissions: person.permissions,
      category,
      now,
    });
  };
  const add = (side: Side, category: DataCategory, result: AccessResult) => {
    const label = labelOf(result);
    if (label !== null) view[side][category] = [label];
  };
  const root = decide('identification', DataCategory.SUMMARY);
  add('identification', DataCategory.SUMMARY, root);
  if (root.decision === 'DENIED') return view;
  const sides = new Set(request.reads.filter((read) => read.person.personId === person.personId).map((read) => read.side));
  for (const side of sides) for (const { category } of FIELDS_OF[side]) add(side, category, decide(side, category));
  return view;
}

function actualAudit(rows: readonly AuditRowView[]): Record<Side, AuditView> {
  const view: Record<Side, AuditView> = { identification: {}, shelters: {} };
  for (const row of rows) {
    const label = entryLabel(row.decision, row.basis, row.reason, row.permission_id);
    for (const key of row.categories.length > 0 ? row.categories : ['-']) (view[row.service][key] ??= []).push(label);
  }
  for (const side of SIDES) for (const labels of Object.values(view[side])) labels.sort();
  return view;
}

/** Reads every request's entries from both chains in one query (by correlation id) and compares them per person. */
async function auditMismatches(requests: readonly AuditedRequest[], now: Date): Promise<{ mismatches: unknown[]; entries: number; compared: number }> {
  const db = new Client({ connectionString: process.env['DATABASE_URL'] });
  await db.connect();
  let rows: AuditRowView[];
  try {
    const columns = 'correlation_id, person_id, categories, action, decision, basis, reason, permission_id';
    ({ rows } = await db.query<AuditRowView>(
      `SELECT 'identification' AS service, ${columns} FROM identification.audit_entry WHERE correlation_id = ANY($1::text[])
       UNION ALL SELECT 'shelters' AS service, ${columns} FROM shelters.audit_entry WHERE correlation_id = ANY($1::text[])`,
      [requests.map((request) => request.correlationId)],
    ));
  } finally {
    await db.end();
  }
  const mismatches: unknown[] = [];
  let compared = 0;
  for (const request of requests) {
    const mine = rows.filter((row) => row.correlation_id === request.correlationId);
    const persons = new Map(request.reads.map((read) => [read.person.personId, read.person]));
    const strays = mine.filter((row) => row.person_id === null || !persons.has(row.person_id) || row.action !== 'READ');
    if (strays.length > 0) mismatches.push({ user: request.username, unexpectedEntries: strays });
    for (const person of persons.values()) {
      const expected = expectedAudit(request, person, now);
      const actual = actualAudit(mine.filter((row) => row.person_id === person.personId));
      compared += 1;
      if (JSON.stringify(sortKeys(expected)) !== JSON.stringify(sortKeys(actual))) {
        mismatches.push({ user: request.username, fixture: person.kind, consent: person.state, expected, actual });
      }
    }
  }
  return { mismatches, entries: rows.length, compared };
}

function sortKeys(view: Record<Side, AuditView>): Array<[string, Array<[string, string[]]>]> {
  return SIDES.map((side) => [side, Object.entries(view[side]).sort(([a], [b]) => a.localeCompare(b))]);
}

// ---------------------------------------------------------------------------------------------------------------

describe('authorization matrix (generated from @nrm/access-policy, asserted through the gateway with real tokens)', () => {
  let stack: Stack;
  const persons: FixturePerson[] = [];

  function personOf(kind: FixtureKind, state: ConsentState): FixturePerson {
    const found = persons.find((person) => person.kind === kind && person.state === state);
    if (!found) throw new Error(`No fixture person ${kind}/${state}`);
    return found;
  }

  /** The agencies whose staff read each fixture kind in either plan, and its provider: each gets the fixture's grant or override. */
  const granteesOf = (kind: FixtureKind): string[] => [
    ...new Set([
      ...SIDES.flatMap((side) => PLAN[side].filter((entry) => entry.fixture === kind).map((entry) => demoUser(entry.username).agencyId)),
      ...(FIXTURES[kind].referTo ? [FIXTURES[kind].referTo] : []),
    ]),
  ];

  // Nine fixture kinds × seven consent states through the real workflow, on machines that run other suites too.
  beforeAll(async () => {
    // Each user's cells are read in one query of one aliased person read per cell: far past a client's alias limit.
    stack = await startStack({ env: { GRAPHQL_MAX_ALIASES: '2000' }, gatewayEnv: { MAX_QUERY_ALIASES: '2000' } });
    await Promise.all(DEMO_USERS.map((user) => stack.tokenFor(user.username)));
    const providers = await providerIds(stack);

    // 1. One person per (fixture kind, consent state), submitted by the fixture's first responder.
    const kinds = Object.keys(FIXTURES) as FixtureKind[];
    await Promise.all(
      kinds.flatMap((kind) =>
        CONSENT_STATES.map(async (state) => {
          const spec = FIXTURES[kind];
          const { personId } = await submitPerson(stack, spec.recordedBy, { givenName: 'Matrixa', familyName: 'Cellova', child: spec.child });
          persons.push({ kind, state, personId, permissions: [] });
        }),
      ),
    );

    // 2. The consent ledger, recorded first so the short grants have expired by the time the cells are read.
    const givenBy = (kind: FixtureKind) => (FIXTURES[kind].child ? 'GUARDIAN' : 'PERSON');
    // Few ledger writes at a time: more hang the identification service (see limiter in support/nrm-fixtures.ts).
    const ledger = limiter(3);
    // What the ledger accepts for the grantee: only the categories the basis can ever open to its agency type (policy.ts).
    const agencyTypeOf = (agencyId: string): AgencyType => DEMO_USERS.find((user) => user.agencyId === agencyId)!.agencyType;
    const openable = (basis: PermissionBasis, grantee: string, categories: readonly DataCategory[]): DataCategory[] => {
      const closed = categoriesPermissionCannotOpen(basis, agencyTypeOf(grantee), categories);
      return categories.filter((category) => !closed.includes(category));
    };
    /** The fixture's consent for the grantee, recorded by `recorder` (an agency with the person: consent-rules.ts). */
    const recordConsent = async (person: FixturePerson, grantee: string, recorder: string): Promise<void> => {
      if (person.state === 'NONE' || person.state === 'OVERRIDE') return;
      // What the state's own purpose would open to the grantee; the purpose recorded must open exactly that.
      const categories = openable({ kind: LegalBasis.CONSENT, purpose: GRANT_PURPOSE[person.state] }, grantee, CONSENT_CATEGORIES);
      if (categories.length === 0) return;
      const purpose = grantPurpose(person.state, agencyTypeOf(grantee));
      if (purpose === null || openable({ kind: LegalBasis.CONSENT, purpose }, grantee, CONSENT_CATEGORIES).join() !== categories.join()) {
        throw new Error(`No fitting purpose opens ${categories.join(', ')} to ${grantee} as ${GRANT_PURPOSE[person.state]} would (state ${person.state})`);
      }
      const expiring = person.state === 'EXPIRED';
      const granted = (
        await ledger(() =>
          mustSucceed<{ grantConsent: PermissionView }>(stack, recorder, GRANT, {
            input: {
              personId: person.personId,
              granteeAgencyId: grantee,
              purpose,
              categories,
              givenBy: givenBy(person.kind),
              evidenceReference: 'CF-MATRIX-1',
              ...(expiring ? { expiresAt: new Date(Date.now() + EXPIRY_DELAY_MS).toISOString() } : {}),
            },
          }),
        )
      ).grantConsent;
      if (person.state !== 'WITHDRAWN') {
        person.permissions.push(toPermission(granted, LegalBasis.CONSENT));
        return;
      }
      const withdrawn = await ledger(() => mustSucceed<{ withdrawConsent: PermissionView }>(stack, recorder, WITHDRAW, { id: granted.id }));
      person.permissions.push(toPermission(withdrawn.withdrawConsent, LegalBasis.CONSENT));
    };
    // The RA records every grant but the ones naming itself: an agency never records consent for itself. Those are
    // recorded by the shelter holding the case, once it holds it (step 4 below).
    await Promise.all(
      persons.flatMap((person) =>
        granteesOf(person.kind).map(async (grantee) => {
          if (person.state !== 'OVERRIDE') {
            if (grantee !== RA_AGENCY) await recordConsent(person, grantee, 'ra.officer');
            return;
          }
          const categories = openable({ kind: LegalBasis.OVERRIDE }, grantee, OVERRIDE_CATEGORIES);
          if (categories.length === 0) return;
          const override = await ledger(() =>
            mustSucceed<{ grantLegalBasisOverride: PermissionView }>(stack, 'ra.head', OVERRIDE, {
              input: { personId: person.personId, granteeAgencyId: grantee, categories, reason: 'Vital interests: urgent medical care' },
            }),
          );
          person.permissions.push(toPermission(override.grantLegalBasisOverride, LegalBasis.OVERRIDE));
        }),
      ),
    );

    // 3. Referrals: ra.officer refers; wait until the provider sees the summary (identification has the PENDING link).
    const referred = persons.filter((person) => FIXTURES[person.kind].referTo);
    // The matrix accepts more persons than the demo providers have places (10 and 8), and the run's other specs share
    // the directory: it adds exactly the places its acceptances take, directly, as the directory has no capacity API yet.
    const db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
    try {
      for (const agency of ['shelter-a', 'shelter-b']) {
        const places = referred.filter((person) => FIXTURES[person.kind].referTo === agency && FIXTURES[person.kind].acceptedBy).length;
        await db.query(`UPDATE referral.service_provider SET places_total = places_total + $2, places_free = places_free + $2 WHERE agency_id = $1`, [agency, places]);
      }
    } finally {
      await db.end();
    }
    await Promise.all(
      referred.map(async (person) => {
        person.referralId = await createReferral(stack, person.personId, providers[FIXTURES[person.kind].referTo!]!);
      }),
    );
    for (const agency of ['shelter-a', 'shelter-b']) {
      const reader = agency === 'shelter-a' ? 'cm.shelter-a' : 'cm.shelter-b';
      const mine = referred.filter((person) => FIXTURES[person.kind].referTo === agency);
      const query = `{ ${mine.map((person, index) => `p${index}: person(id: "${person.personId}") { summary { sex } }`).join(' ')} }`;
      await waitFor(
        async () => {
          const result = await stack.graphql<Record<string, { summary: unknown } | null>>(query, {}, await stack.tokenFor(reader));
          return mine.every((_, index) => result.data?.[`p${index}`]?.summary);
        },
        { timeoutMs: 15_000, description: `${agency} seeing the summary of its referred persons` },
      );
    }

    // 4. Acceptance. The states whose reads cannot show the change are accepted first; those whose grant or override
    //    opens IDENTITY to the provider last, and their newly opened identity shows that identification has processed
    //    every earlier referral.accepted.
    const accepted = referred.filter((person) => FIXTURES[person.kind].acceptedBy);
    const observable = (person: FixturePerson) => ['ACTIVE', 'ACTIVE_LAW_ENFORCEMENT', 'OVERRIDE'].includes(person.state);
    const accept = (person: FixturePerson) =>
      mustSucceed(stack, FIXTURES[person.kind].acceptedBy!, RESPOND, { input: { referralId: person.referralId, decision: 'ACCEPT' } });
    await Promise.all(accepted.filter((person) => !observable(person)).map(accept));
    await Promise.all(accepted.filter(observable).map(accept));
    await Promise.all(
      accepted.filter(observable).map(async (person) => {
        const reader = FIXTURES[person.kind].acceptedBy!;
        await waitFor(
          async () => {
            const result = await stack.graphql<{ person: { identity: unknown } | null }>(
              `query($id: ID!) { person(id: $id) { identity { givenName } } }`,
              { id: person.personId },
              await stack.tokenFor(reader),
            );
            return result.data?.person?.identity;
          },
          { timeoutMs: 15_000, description: `${reader} seeing the identity of an accepted, consented person` },
        );
      }),
    );
    // The shelters service opened a case for each accepted referral (case.opened → OPEN_CASE in identification).
    const caseOf = new Map<string, string>();
    for (const reader of ['cm.shelter-a', 'cm.shelter-b']) {
      const mine = accepted.filter((person) => FIXTURES[person.kind].acceptedBy === reader).map((person) => person.personId);
      await waitFor(
        async () => {
          // Case.person is nullable (null for a person the shelter no longer sees): such a case is no fixture's.
          const result = await stack.graphql<{ cases: { edges: Array<{ node: { id: string; person: { id: string } | null } }> } }>(CASES, {}, await stack.tokenFor(reader));
          for (const edge of result.data?.cases.edges ?? []) if (edge.node.person) caseOf.set(edge.node.person.id, edge.node.id);
          return mine.every((id) => caseOf.has(id));
        },
        { timeoutMs: 15_000, description: `the cases of ${reader}` },
      );
    }

    // The case teams: the shelter head names the fixture's members (shelter_staff read only through a team naming them).
    const users = await mustSucceed<{ users: Array<{ id: string; username: string }> }>(stack, 'ra.officer', `{ users { id username } }`);
    const userId = new Map(users.users.map((user) => [user.username, user.id]));
    await Promise.all(
      accepted
        .filter((person) => FIXTURES[person.kind].team)
        .map((person) =>
          mustSucceed(stack, 'head.shelter-a', `mutation($input: SetCaseTeamInput!) { setCaseTeam(input: $input) { id } }`, {
            input: { caseId: caseOf.get(person.personId), memberIds: FIXTURES[person.kind].team!.map((username) => userId.get(username)!) },
          }),
        ),
    );

    // The consents naming the RA, recorded by the shelter now holding the case.
    await Promise.all(
      accepted
        .filter((person) => granteesOf(person.kind).includes(RA_AGENCY))
        .map((person) => recordConsent(person, RA_AGENCY, FIXTURES[person.kind].acceptedBy!)),
    );

    // 5. The provider writes one needs assessment per shelter category: the records whose reads the shelter cells check.
    const writes = limiter(8);
    await Promise.all(
      accepted.flatMap((person) =>
        ASSESSMENTS.map((assessment) =>
          writes(() =>
            mustSucceed(stack, FIXTURES[person.kind].acceptedBy!, RECORD_NEEDS_ASSESSMENT, {
              input: { caseId: caseOf.get(person.personId), ...assessment },
            }),
          ),
        ),
      ),
    );

    // 6. Let the short grants expire (the server's clock is this machine's).
    const latestExpiry = Math.max(...persons.filter((person) => person.state === 'EXPIRED').flatMap((person) => person.permissions.map((p) => p.expiresAt!.getTime())));
    const wait = latestExpiry + 250 - Date.now();
    if (wait > 0) await sleep(wait);
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  it('covers every Person category field the composed API serves, each on the side of the subgraph serving it, and every category', () => {
    const supergraph = readFileSync(join(REPOSITORY_ROOT, 'infra', 'supergraph', 'supergraph.graphql'), 'utf8');
    const personType = /\ntype Person\n[^{]*\{([\s\S]*?)\n\}/.exec(supergraph)?.[1] ?? '';
    const served = [...personType.matchAll(/^\s+(\w+)\s*:[^\n]*?@join__field\(graph: (\w+)\)/gm)].map((match) => [match[1], match[2]]);
    // id and reference are not personal data; erasedAt is a workflow fact served under the SUMMARY rule.
    const notCategoryFields = new Set(['id', 'reference', 'erasedAt']);
    // If a subgraph starts serving another field of Person, this fails: give it a side and a category above.
    expect(served.filter(([field]) => !notCategoryFields.has(field!)).sort()).toEqual(
      [
        ...IDENTIFICATION_FIELDS.map((entry) => [entry.field, 'IDENTIFICATION']),
        ...SHELTER_RECORD_FIELDS.map((entry) => [entry.field, 'SHELTERS']),
        ...CASE_MANAGEMENT_FIELDS.map((field) => [field, 'SHELTERS']),
      ].sort(),
    );
    // Every category has cells on some side (a category may be served on both: contact and trafficking experience by
    // identification's record and by the shelter's accommodation and security assessments).
    expect([...new Set(SIDES.flatMap((side) => FIELDS_OF[side].map((entry) => entry.category)))].sort()).toEqual(Object.values(DataCategory).sort());
    console.log(
      'authorization matrix: every data category has cells; the FORMAL_ID_GROUP relationship (conveneFormalIdentificationGroup) ' +
        'has no cells here yet: formal-identification.e2e-spec.ts asserts what its members read.',
    );
  });

  it('plans every (user, relationship) pair of each side: reachable ones through the workflow, the rest named as unreachable with the reason', () => {
    for (const side of SIDES) {
      const reachable = new Set(PLAN[side].map((entry) => `${entry.username}|${entry.relationship}`));
      const unreachable: string[] = [];
      for (const user of DEMO_USERS) {
        for (const relationship of RELATIONSHIP_CASES[side]) {
          if (!reachable.has(`${user.username}|${relationship}`)) unreachable.push(`${user.username} × ${relationship}: ${unreachableReason(user.username, relationship)}`);
        }
      }
      expect(PLAN[side].length + unreachable.length).toBe(DEMO_USERS.length * RELATIONSHIP_CASES[side].length);
      // The plan's label agrees with what the policy derives from the workflow facts.
      for (const entry of PLAN[side]) {
        const user = demoUser(entry.username);
        const facts = factsOf(side, entry.fixture, user.agencyId);
        const derived = effectiveRelationships({
          caller: { agencyId: user.agencyId, roles: [user.role], onCaseTeam: onCaseTeam(entry.fixture, user.username) },
          subject: { isChild: FIXTURES[entry.fixture].child, recordingAgencyId: facts.recordingAgencyId },
          relationships: facts.relationships,
        });
        // A case-team-bound caller whose agency the workflow links, but whom no team names, holds nothing.
        const offCaseTeam = isCaseTeamBound([user.role]) && !onCaseTeam(entry.fixture, user.username) && facts.relationships.length > 0;
        expect({ side, entry, derived: relationshipLabel(side, derived, offCaseTeam) }).toEqual({ side, entry, derived: entry.relationship });
      }
      console.log(`authorization matrix (${side}): ${PLAN[side].length} reachable (user, relationship) pairs; unreachable:\n  ${unreachable.join('\n  ')}`);
    }
  });

  it('asserts every cell: user × category field × relationship × consent state (and purpose), expected decision from evaluateAccess', async () => {
    interface Cell {
      side: Side;
      username: string;
      relationship: RelationshipCase;
      state: ConsentState;
      field: string;
      category: DataCategory;
      alias: string;
      person: FixturePerson;
    }
    type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'CONSENT_REQUIRED';
    const cellsByUser = new Map<string, Cell[]>();
    const queries = new Map<string, string[]>();
    let aliasIndex = 0;
    for (const side of SIDES) {
      const selection = FIELDS_OF[side].map((served) => PERSON_FIELD_SELECTION[served.field]).join(' ');
      for (const entry of PLAN[side]) {
        for (const state of CONSENT_STATES) {
          const person = personOf(entry.fixture, state);
          const alias = `c${aliasIndex++}`;
          queries.set(entry.username, [...(queries.get(entry.username) ?? []), `${alias}: person(id: "${person.personId}") { id ${selection} }`]);
          for (const served of FIELDS_OF[side]) {
            const cell: Cell = { side, username: entry.username, relationship: entry.relationship, state, field: served.field, category: served.category, alias, person };
            cellsByUser.set(entry.username, [...(cellsByUser.get(entry.username) ?? []), cell]);
          }
        }
      }
    }
    const planned = [...cellsByUser.values()].reduce((sum, cells) => sum + cells.length, 0);

    const audited: AuditedRequest[] = [];
    const checked: Array<Cell & { actual: string }> = [];
    const mismatches: unknown[] = [];
    const tally: Record<Side, Record<Outcome, number>> = {
      identification: { ALLOWED: 0, FORBIDDEN: 0, CONSENT_REQUIRED: 0 },
      shelters: { ALLOWED: 0, FORBIDDEN: 0, CONSENT_REQUIRED: 0 },
    };
    await Promise.all(
      [...cellsByUser.entries()].map(async ([username, cells]) => {
        const user = demoUser(username);
        // A UUID, as the services keep only well-formed correlation ids; `audited` maps it back to the user.
        const correlationId = randomUUID();
        audited.push({ username, correlationId, reads: cells.map((cell) => ({ side: cell.side, person: cell.person })) });
        const result = await stack.graphql<Record<string, Record<string, unknown> | null>>(`{ ${queries.get(username)!.join(' ')} }`, {}, await stack.tokenFor(username), {
          'x-correlation-id': correlationId,
        });
        const now = new Date();
        for (const cell of cells) {
          const facts = factsOf(cell.side, cell.person.kind, user.agencyId);
          const expected: AccessResult = evaluateAccess({
            caller: { agencyId: user.agencyId, agencyType: user.agencyType, roles: [user.role], onCaseTeam: onCaseTeam(cell.person.kind, user.username) },
            subject: { isChild: FIXTURES[cell.person.kind].child, recordingAgencyId: facts.recordingAgencyId },
            relationships: facts.relationships,
            permissions: cell.person.permissions,
            category: cell.category,
            now,
          });
          const value = result.data?.[cell.alias]?.[cell.field] ?? null;
          const codes = errorsOn(result, [cell.alias, cell.field]);
          let actual =
            value !== null && codes.length === 0
              ? 'ALLOWED'
              : value === null && codes.length > 0 && codes.every((code) => code === codes[0])
                ? codes[0]!
                : `value=${value === null ? 'null' : 'set'} codes=${codes.join(',')}`;
          if (cell.side === 'shelters' && actual === 'ALLOWED') {
            // An allowed shelter record shows its owner's assessment, and only its owner's (nothing before a case).
            const owners = (value as { assessments: Array<{ recordedByAgencyId: string }> }).assessments.map((assessment) => assessment.recordedByAgencyId);
            const owner = recordOwner(cell.person.kind);
            if (owners.join(',') !== (owner ?? '')) actual = `ALLOWED with records of [${owners.join(',')}]`;
          }
          const want: Outcome = expected.decision === 'ALLOWED' ? 'ALLOWED' : expected.code;
          tally[cell.side][want] += 1;
          if (actual !== want) {
            mismatches.push({ side: cell.side, user: username, relationship: cell.relationship, consent: cell.state, field: cell.field, expected: want, actual });
          }
          checked.push({ ...cell, actual });
        }
      }),
    );

    const expectedCount = SIDES.reduce((sum, side) => sum + PLAN[side].length * CONSENT_STATES.length * FIELDS_OF[side].length, 0);
    console.log(
      `authorization matrix: ${checked.length} person cells checked (planned ${planned}); ` +
        SIDES.map(
          (side) =>
            `${side}: ${PLAN[side].length} reachable user/relationship pairs × ${CONSENT_STATES.length} consent states × ${FIELDS_OF[side].length} fields = ` +
            `${PLAN[side].length * CONSENT_STATES.length * FIELDS_OF[side].length} (${tally[side].ALLOWED} allowed, ${tally[side].CONSENT_REQUIRED} CONSENT_REQUIRED, ${tally[side].FORBIDDEN} FORBIDDEN)`,
        ).join('; '),
    );
    // Every cell's audit entries say what was served (the entries were committed before each response left).
    const audit = await auditMismatches(audited, new Date());
    console.log(`authorization matrix: ${audit.entries} audit entries of ${audited.length} requests compared with what was served, for ${audit.compared} (user, person) pairs`);
    if (audit.mismatches.length > 0) console.log(`authorization matrix: audit entries that do not match what was served:\n${JSON.stringify(audit.mismatches, null, 1)}`);
    expect(mismatches).toEqual([]);
    expect(checked.length).toBe(planned);
    expect(planned).toBe(expectedCount);
    expect(audit.mismatches).toEqual([]);
    expect(audit.entries).toBeGreaterThan(0);
    // The matrix is not trivially one-sided, on either side.
    for (const side of SIDES) {
      expect(tally[side].ALLOWED).toBeGreaterThan(0);
      expect(tally[side].CONSENT_REQUIRED).toBeGreaterThan(0);
      expect(tally[side].FORBIDDEN).toBeGreaterThan(0);
    }
    // What the gateway answered, independently of evaluateAccess: the purpose and agency-type rules of policy.ts hold.
    const answer = (side: Side, username: string, relationship: RelationshipCase, field: string, state: ConsentState) =>
      checked.find((cell) => cell.side === side && cell.username === username && cell.relationship === relationship && cell.field === field && cell.state === state)
        ?.actual;
    const shelterRecord = (username: string, relationship: RelationshipCase, field: string, states: ConsentState[]) =>
      Object.fromEntries(states.map((state) => [state, answer('shelters', username, relationship, field, state)]));
    // The grants behind those answers: LAW_ENFORCEMENT_COOPERATION to the police; in its place REFERRAL_ASSISTANCE to the
    // agencies it may not go to, and FORMAL_IDENTIFICATION to the police in place of REFERRAL_ASSISTANCE (grantPurpose).
    const purposesTo = (state: ConsentState, agencyId: string) =>
      [...new Set(persons.filter((person) => person.state === state).flatMap((person) => person.permissions.filter((p) => p.granteeAgencyId === agencyId).map((p) => p.purpose)))].sort();
    expect({
      lawEnforcementToPolice: purposesTo('ACTIVE_LAW_ENFORCEMENT', 'police-tirana'),
      lawEnforcementToBorder: purposesTo('ACTIVE_LAW_ENFORCEMENT', 'border-kakavije'),
      lawEnforcementToShelter: purposesTo('ACTIVE_LAW_ENFORCEMENT', 'shelter-a'),
      lawEnforcementToRa: purposesTo('ACTIVE_LAW_ENFORCEMENT', RA_AGENCY),
      activeToPolice: purposesTo('ACTIVE', 'police-tirana'),
      activeToShelter: purposesTo('ACTIVE', 'shelter-a'),
    }).toEqual({
      lawEnforcementToPolice: [ConsentPurpose.LAW_ENFORCEMENT_COOPERATION],
      lawEnforcementToBorder: [ConsentPurpose.LAW_ENFORCEMENT_COOPERATION],
      lawEnforcementToShelter: [ConsentPurpose.REFERRAL_ASSISTANCE],
      lawEnforcementToRa: [ConsentPurpose.REFERRAL_ASSISTANCE],
      activeToPolice: [ConsentPurpose.FORMAL_IDENTIFICATION],
      activeToShelter: [ConsentPurpose.REFERRAL_ASSISTANCE],
    });
    for (const police of ['police.tirana', 'border.kakavije']) {
      for (const field of ['health', 'psychosocial']) {
        expect({ police, field, ...shelterRecord(police, Relationship.IDENTIFYING_AGENCY, field, ['ACTIVE_LAW_ENFORCEMENT', 'ACTIVE', 'OVERRIDE']) }).toEqual({
          police,
          field,
          ACTIVE_LAW_ENFORCEMENT: 'ALLOWED',
          ACTIVE: 'CONSENT_REQUIRED',
          OVERRIDE: 'CONSENT_REQUIRED',
        });
      }
      expect({ police, legal: answer('shelters', police, Relationship.IDENTIFYING_AGENCY, 'legal', 'ACTIVE') }).toEqual({ police, legal: 'ALLOWED' });
      expect({ police, family: answer('shelters', police, Relationship.IDENTIFYING_AGENCY, 'family', 'OVERRIDE') }).toEqual({ police, family: 'ALLOWED' });
    }
    expect(shelterRecord('ngo.outreach', Relationship.IDENTIFYING_AGENCY, 'health', ['ACTIVE', 'OVERRIDE', 'ACTIVE_RESEARCH'])).toEqual({
      ACTIVE: 'ALLOWED',
      OVERRIDE: 'ALLOWED',
      ACTIVE_RESEARCH: 'CONSENT_REQUIRED',
    });
    expect(shelterRecord('ra.officer', Relationship.RA_MANDATE, 'psychosocial', ['ACTIVE', 'ACTIVE_LAW_ENFORCEMENT', 'ACTIVE_RESEARCH'])).toEqual({
      ACTIVE: 'ALLOWED',
      ACTIVE_LAW_ENFORCEMENT: 'ALLOWED',
      ACTIVE_RESEARCH: 'CONSENT_REQUIRED',
    });
    // shelter_staff: nothing at all off the team, the shelter's own records and what consent opens on it.
    for (const side of SIDES) {
      const off = checked.filter((cell) => cell.side === side && cell.username === 'psy.shelter-a' && cell.relationship === OFF_CASE_TEAM);
      expect({ side, off: [...new Set(off.map((cell) => cell.actual))], cells: off.length > 0 }).toEqual({ side, off: ['FORBIDDEN'], cells: true });
    }
    expect({
      identity: answer('identification', 'psy.shelter-a', Relationship.ACCEPTED_REFERRAL, 'identity', 'ACTIVE'),
      health: answer('shelters', 'psy.shelter-a', Relationship.OPEN_CASE, 'health', 'NONE'),
      family: answer('shelters', 'psy.shelter-a', Relationship.OPEN_CASE, 'family', 'NONE'),
    }).toEqual({ identity: 'ALLOWED', health: 'ALLOWED', family: 'ALLOWED' });
    expect({
      ACTIVE: answer('identification', 'cm.shelter-a', Relationship.ACCEPTED_REFERRAL, 'identity', 'ACTIVE'),
      ACTIVE_RESEARCH: answer('identification', 'cm.shelter-a', Relationship.ACCEPTED_REFERRAL, 'identity', 'ACTIVE_RESEARCH'),
    }).toEqual({ ACTIVE: 'ALLOWED', ACTIVE_RESEARCH: 'CONSENT_REQUIRED' });
  });

  it('the person role guard matches the policy: the roles refused `person` are exactly ROLES_WITHOUT_PERSON_ACCESS', () => {
    const personOperation = OPERATIONS.find((operation) => operation.name === 'person')!;
    expect(ALL_ROLES.filter((role) => !personOperation.allowed.includes(role)).sort()).toEqual([...ROLES_WITHOUT_PERSON_ACCESS].sort());
    // A printed plan is a read of the plan: the same roles as the person (and Person.reintegrationPlans).
    expect(OPERATIONS.find((operation) => operation.name === 'reintegrationPlanPdf')!.allowed).toEqual(personOperation.allowed);
    // Every relationship the workflow makes opens SUMMARY at least: a provider decides on the summary alone. The link
    // an override makes opens it through the override (OVERRIDE_ALSO_OPENS).
    for (const [relationship, rule] of Object.entries(ACCESS_POLICY)) {
      expect({ relationship, summary: rule.categories.includes(DataCategory.SUMMARY) }).toEqual({ relationship, summary: relationship !== Relationship.OVERRIDE_GRANTEE });
    }
    expect(OVERRIDE_ALSO_OPENS).toContain(DataCategory.SUMMARY);
  });

  it('has a role-guard row for every operation of the supergraph, and no other', () => {
    expect(OPERATIONS.map((operation) => operation.name).sort()).toEqual(supergraphOperations().sort());
  });

  it('asserts the role guard of every operation for every demo user: FORBIDDEN outside @Roles, never FORBIDDEN inside', async () => {
    const mismatches: unknown[] = [];
    let asserted = 0;
    const planned = OPERATIONS.length * DEMO_USERS.length;
    await Promise.all(
      DEMO_USERS.map(async (user) => {
        const token = await stack.tokenFor(user.username);
        for (const operation of OPERATIONS) {
          const result = await stack.graphql<Record<string, unknown>>(operation.query, operation.variables?.() ?? {}, token);
          const codes = errorsOn(result, [operation.name]);
          // Past the guard, an unknown id may still be FORBIDDEN (as a record the caller is not linked to would be),
          // but never with the guard's own refusal.
          const guardRefused = (result.errors ?? []).some((error) => error.extensions.code === 'FORBIDDEN' && error.message === GUARD_REFUSAL);
          const allowed = operation.allowed.includes(user.role);
          const ok = allowed
            ? !guardRefused && !codes.includes('UNAUTHENTICATED') && result.status < 500
            : codes.length > 0 && codes.every((code) => code === 'FORBIDDEN') && (result.data?.[operation.name] ?? null) === null;
          if (!ok) {
            // Whole-request errors (no path: a subgraph down, a gateway failure) show here too, so a mismatch says why.
            const messages = (result.errors ?? []).map((error) => `${error.path?.join('.') ?? '-'}: ${error.message}`);
            mismatches.push({ user: user.username, role: user.role, operation: operation.name, source: operation.source, allowed, codes, status: result.status, messages });
          }
          asserted += 1;
        }
      }),
    );
    console.log(`authorization matrix: ${asserted} operation × user role-guard cells checked (planned ${planned}; ${OPERATIONS.length} operations × ${DEMO_USERS.length} users)`);
    expect(mismatches).toEqual([]);
    expect(asserted).toBe(planned);
  });
});

/*
 * FORMAL_ID_GROUP cells: a person whose formal identification group sits with sfait.tirana (police member) and
 * rdsss.tirana (social member). Both agencies read SUMMARY by the group's mandate and what a FORMAL_IDENTIFICATION
 * consent opens, nothing else (a REFERRAL_ASSISTANCE grant to them opens nothing); after the conclusion, nothing. The
 * expected decision of each cell is evaluateAccess's from the same facts, as above.
 */
describe('authorization matrix: FORMAL_ID_GROUP (generated from @nrm/access-policy, asserted through the gateway)', () => {
  const MEMBERS = ['sfait.tirana', 'rdsss.tirana'] as const;
  const USERS = `query($filter: DirectoryUserFilter) { users(filter: $filter) { id username } }`;
  const REQUEST_FORMAL_ID = `mutation($input: RequestFormalIdentificationInput!) { requestFormalIdentification(input: $input) { id } }`;
  const CONVENE = `mutation($input: ConveneFormalIdentificationGroupInput!) { conveneFormalIdentificationGroup(input: $input) { id status } }`;
  const INTERVIEW = `mutation($input: RecordFormalInterviewInput!) { recordFormalInterview(input: $input) { id } }`;
  const CONCLUDE = `mutation($input: RecordFormalIdentificationConclusionInput!) { recordFormalIdentificationConclusion(input: $input) { id status } }`;
  const GRANT_VIEW = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id granteeAgencyId categories purpose expiresAt withdrawnAt } }`;
  const selection = IDENTIFICATION_FIELDS.map((served) => PERSON_FIELD_SELECTION[served.field]).join(' ');
  let stack: Stack;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startStack();
    const users = await mustSucceed<{ users: Array<{ id: string; username: string }> }>(stack, 'ra.officer', USERS, {});
    for (const user of users.users) ids[user.username] = user.id;
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  /** Each identification field as the member reads it: ALLOWED, or the code of the refusal. */
  async function cellsOf(username: string, personId: string): Promise<Record<string, string>> {
    const result = await stack.graphql<{ person: Record<string, unknown> | null }>(`query($id: ID!) { person(id: $id) { id ${selection} } }`, { id: personId }, await stack.tokenFor(username));
    return Object.fromEntries(
      IDENTIFICATION_FIELDS.map((served) => {
        const value = result.data?.person?.[served.field] ?? null;
        const codes = errorsOn(result, ['person', served.field]);
        return [served.field, value !== null && codes.length === 0 ? 'ALLOWED' : value === null && codes.length > 0 ? codes[0]! : `value=${value === null ? 'null' : 'set'} codes=${codes.join(',')}`];
      }),
    );
  }

  function expectedCells(username: string, relationships: Relationship[], permissions: Permission[]): Record<string, string> {
    const user = demoUser(username);
    return Object.fromEntries(
      IDENTIFICATION_FIELDS.map((served) => {
        const expected = evaluateAccess({
          caller: { agencyId: user.agencyId, agencyType: user.agencyType, roles: [user.role] },
          subject: { isChild: false, recordingAgencyId: demoUser('police.tirana').agencyId },
          relationships,
          permissions,
          category: served.category,
          now: new Date(),
        });
        return [served.field, expected.decision === 'ALLOWED' ? 'ALLOWED' : expected.code];
      }),
    );
  }

  it('opens SUMMARY and what FORMAL_IDENTIFICATION consent names to the sitting group, nothing else; nothing after the conclusion', async () => {
    const { personId } = await submitPerson(stack, 'police.tirana', { givenName: 'Matrica', familyName: 'Grupore' });
    const permissions: Permission[] = [];
    for (const username of MEMBERS) {
      const agencyId = demoUser(username).agencyId;
      // Another purpose the member's agency may receive (PURPOSE_GRANTEE_TYPES): law-enforcement cooperation for the
      // police member, referral assistance for the social one.
      const otherPurpose = demoUser(username).agencyType === AgencyType.STATE_POLICE ? ConsentPurpose.LAW_ENFORCEMENT_COOPERATION : ConsentPurpose.REFERRAL_ASSISTANCE;
      for (const [purpose, categories] of [
        [ConsentPurpose.FORMAL_IDENTIFICATION, [DataCategory.IDENTITY]],
        [otherPurpose, [DataCategory.CONTACT_LOCATION]],
      ] as const) {
        const granted = await mustSucceed<{ grantConsent: PermissionView }>(stack, 'ra.officer', GRANT_VIEW, {
          input: { personId, granteeAgencyId: agencyId, purpose, categories, givenBy: 'PERSON', evidenceReference: 'FI-MATRIX-1' },
        });
        permissions.push(toPermission(granted.grantConsent, LegalBasis.CONSENT));
      }
    }
    // Before the group sits: the consent alone reaches no agency without a relationship.
    for (const username of MEMBERS) {
      expect([username, 'before', await cellsOf(username, personId)]).toEqual([username, 'before', expectedCells(username, [], permissions)]);
    }

    const requested = await mustSucceed<{ requestFormalIdentification: { id: string } }>(stack, 'ra.officer', REQUEST_FORMAL_ID, { input: { personId, statementOfWillingness: true } });
    const formalIdentificationId = requested.requestFormalIdentification.id;
    await mustSucceed(stack, 'ra.officer', CONVENE, {
      input: { formalIdentificationId, policeMemberId: ids['sfait.tirana'], socialMemberId: ids['rdsss.tirana'], scheduledAt: new Date(Date.now() + 3600_000).toISOString() },
    });
    const sitting: Record<string, Record<string, string>> = {};
    for (const username of MEMBERS) {
      const expected = expectedCells(username, [Relationship.FORMAL_ID_GROUP], permissions);
      sitting[username] = expected;
      expect([username, 'sitting', await cellsOf(username, personId)]).toEqual([username, 'sitting', expected]);
    }
    // The policy's answer is the rule stated: SUMMARY, IDENTITY (FORMAL_IDENTIFICATION consent); CONTACT_LOCATION's
    // grant for another purpose does not reach the group.
    for (const username of MEMBERS) {
      expect(sitting[username]).toEqual({ summary: 'ALLOWED', identity: 'ALLOWED', contactLocation: 'CONSENT_REQUIRED', traffickingExperience: 'CONSENT_REQUIRED' });
    }
    // Another formal identification member not in this group reads nothing.
    expect(Object.values(await cellsOf('cpw.gjirokaster', personId)).every((code) => code === 'FORBIDDEN')).toBe(true);

    const startedAt = new Date(Date.now() - 3 * 3600_000).toISOString();
    const endedAt = new Date(Date.now() - 2 * 3600_000).toISOString();
    await mustSucceed(stack, 'sfait.tirana', INTERVIEW, { input: { formalIdentificationId, startedAt, endedAt } });
    await mustSucceed(stack, 'rdsss.tirana', CONCLUDE, { input: { formalIdentificationId, outcome: 'VICTIM', reasons: 'The group found the indicators of exploitation met' } });
    for (const username of MEMBERS) {
      const expected = expectedCells(username, [], permissions);
      expect(Object.values(expected).every((code) => code === 'FORBIDDEN')).toBe(true);
      expect([username, 'concluded', await cellsOf(username, personId)]).toEqual([username, 'concluded', expected]);
    }
  });
});
