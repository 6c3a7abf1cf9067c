import { randomUUID } from 'node:crypto';
import { AgencyType, Role } from '@nrm/domain';
import { type GraphQLResult, type Stack } from '@nrm/testing';

/** The demo users of docs/api.md ("Demo agencies and users"), with the role, agency and agency type their tokens carry. */
export interface DemoUser {
  username: string;
  role: Role;
  agencyId: string;
  agencyType: AgencyType;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'police.tirana', role: Role.FIRST_RESPONDER, agencyId: 'police-tirana', agencyType: AgencyType.STATE_POLICE },
  { username: 'border.kakavije', role: Role.FIRST_RESPONDER, agencyId: 'border-kakavije', agencyType: AgencyType.BORDER_POLICE },
  { username: 'ngo.outreach', role: Role.FIRST_RESPONDER, agencyId: 'ngo-outreach', agencyType: AgencyType.NGO },
  { username: 'ra.officer', role: Role.RA_OFFICER, agencyId: 'responsible-authority', agencyType: AgencyType.RESPONSIBLE_AUTHORITY },
  { username: 'ra.head', role: Role.RA_HEAD, agencyId: 'responsible-authority', agencyType: AgencyType.RESPONSIBLE_AUTHORITY },
  { username: 'cpw.tirana', role: Role.CHILD_PROTECTION_WORKER, agencyId: 'cpu-tirana', agencyType: AgencyType.CHILD_PROTECTION_UNIT },
  { username: 'sfait.tirana', role: Role.FORMAL_ID_POLICE, agencyId: 'police-sfait-tirana', agencyType: AgencyType.STATE_POLICE },
  { username: 'rdsss.tirana', role: Role.FORMAL_ID_SOCIAL, agencyId: 'rdsss-tirana', agencyType: AgencyType.REGIONAL_SOCIAL_SERVICE },
  { username: 'cm.shelter-a', role: Role.CASE_MANAGER, agencyId: 'shelter-a', agencyType: AgencyType.SHELTER_NGO },
  { username: 'psy.shelter-a', role: Role.SHELTER_STAFF, agencyId: 'shelter-a', agencyType: AgencyType.SHELTER_NGO },
  { username: 'cm.shelter-b', role: Role.CASE_MANAGER, agencyId: 'shelter-b', agencyType: AgencyType.SHELTER_STATE },
  { username: 'coordinator', role: Role.NATIONAL_COORDINATOR, agencyId: 'national-coordinator', agencyType: AgencyType.NATIONAL_COORDINATOR },
  { username: 'auditor', role: Role.AUDITOR, agencyId: 'oversight', agencyType: AgencyType.OVERSIGHT },
  { username: 'admin', role: Role.PLATFORM_ADMIN, agencyId: 'platform', agencyType: AgencyType.PLATFORM },
  { username: 'ra.deputy', role: Role.RA_HEAD, agencyId: 'responsible-authority', agencyType: AgencyType.RESPONSIBLE_AUTHORITY },
  { username: 'cpw.gjirokaster', role: Role.CHILD_PROTECTION_WORKER, agencyId: 'cpu-gjirokaster', agencyType: AgencyType.CHILD_PROTECTION_UNIT },
  { username: 'head.shelter-a', role: Role.SHELTER_HEAD, agencyId: 'shelter-a', agencyType: AgencyType.SHELTER_NGO },
];

export function demoUser(username: string): DemoUser {
  const user = DEMO_USERS.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`No demo user ${username}`);
  return user;
}

export const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) {
  submitInitialIdentification(input: $input) { id person { id reference } }
}`;
export const PROVIDERS = `{ serviceProviders { id agencyId } }`;
export const CREATE_REFERRAL = `mutation Create($input: CreateReferralInput!) { createReferral(input: $input) { id status } }`;
export const RESPOND = `mutation Respond($input: RespondToReferralInput!) { respondToReferral(input: $input) { id status } }`;
export const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id granteeAgencyId categories purpose expiresAt withdrawnAt } }`;
export const WITHDRAW = `mutation Withdraw($id: ID!) { withdrawConsent(id: $id, reason: "person withdrew") { id granteeAgencyId categories purpose expiresAt withdrawnAt } }`;
export const OVERRIDE = `mutation Override($input: GrantLegalBasisOverrideInput!) {
  grantLegalBasisOverride(input: $input) { id granteeAgencyId categories expiresAt }
}`;
export const CASES = `{ cases(first: 100) { edges { node { id person { id } } } } }`;
export const RECORD_NEEDS_ASSESSMENT = `mutation Record($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id area } }`;

/** The personal fields of Person the composed API serves today, with a scalar to select under each. */
export const PERSON_FIELD_SELECTION = {
  summary: 'summary { sex }',
  identity: 'identity { givenName familyName }',
  contactLocation: 'contactLocation { identifiedInRegion }',
  traffickingExperience: 'traffickingExperience { venue }',
  // The shelter records (shelters subgraph): who wrote each assessment tells whose records came back.
  health: 'health { assessments { area recordedByAgencyId } }',
  psychosocial: 'psychosocial { assessments { area recordedByAgencyId } }',
  legal: 'legal { assessments { area recordedByAgencyId } }',
  family: 'family { assessments { area recordedByAgencyId } }',
  educationEmployment: 'educationEmployment { assessments { area recordedByAgencyId } }',
  security: 'security { assessments { area recordedByAgencyId } }',
  accommodation: 'accommodation { assessments { area recordedByAgencyId } }',
} as const;

export interface PersonInputOptions {
  givenName: string;
  familyName: string;
  child?: boolean;
}

/** A valid initial identification in region TIRANA (a child's CPU is cpu-tirana); FEMALE, Albanian, so both shelters take an adult. */
export function identificationInput({ givenName, familyName, child = false }: PersonInputOptions): Record<string, unknown> {
  return {
    clientRequestId: `e2e-${randomUUID()}`,
    person: { givenName, familyName, dateOfBirth: child ? '2013-04-01' : '1995-04-01', sex: 'FEMALE', citizenship: ['AL'], languages: ['sq'] },
    venue: 'INLAND',
    region: 'TIRANA',
    indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B01_THREAT_TO_PERSON', 'C01_SEXUAL_EXPLOITATION'],
    exploitationTypes: ['SEXUAL'],
    interview: { consentToInterview: true, language: 'sq', interpreterUsed: false, privateSetting: true },
    immediateNeeds: ['SAFE_ACCOMMODATION'],
  };
}

/**
 * A shelter case as the case-track tests read it. Each file's queries select the fields they check: the ones only some
 * select are optional here.
 */
export interface CaseView {
  id: string;
  status: string;
  phase: string | null;
  caseManagerId: string | null;
  teamMemberIds: string[];
  closureType: string | null;
  reference?: string;
  assessmentsDueAt?: string | null;
  closedAt?: string | null;
  transferredToReferralId?: string | null;
}

/** Runs one operation as a demo user and returns the whole result, errors included (for tests of refusals). */
export async function as<T = Record<string, CaseView>>(stack: Stack, username: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
  return stack.graphql<T>(query, variables, await stack.tokenFor(username));
}

/** Runs one operation as a demo user and fails loudly on any error (fixture set-up must not silently half-work). */
export async function mustSucceed<T>(stack: Stack, username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await stack.graphql<T>(query, variables, await stack.tokenFor(username));
  if (result.errors?.length || !result.data) {
    throw new Error(`${username}: ${query.slice(0, 60)}… failed: ${JSON.stringify(result.errors?.map((error) => [error.path, error.extensions.code, error.message]))}`);
  }
  return result.data;
}

export async function submitPerson(stack: Stack, username: string, options: PersonInputOptions): Promise<{ personId: string; reference: string }> {
  const data = await mustSucceed<{ submitInitialIdentification: { person: { id: string; reference: string } } }>(stack, username, SUBMIT, {
    input: identificationInput(options),
  });
  return { personId: data.submitInitialIdentification.person.id, reference: data.submitInitialIdentification.person.reference };
}

export async function providerIds(stack: Stack): Promise<Record<string, string>> {
  const data = await mustSucceed<{ serviceProviders: Array<{ id: string; agencyId: string }> }>(stack, 'ra.officer', PROVIDERS);
  return Object.fromEntries(data.serviceProviders.map((provider) => [provider.agencyId, provider.id]));
}

/**
 * ra.officer refers the person (a transfer when `transferFromReferralId` names the person's accepted referral). One
 * call: the RA's referral of a person just submitted goes through before the submission's event arrives.
 */
export async function createReferral(stack: Stack, personId: string, providerId: string, transferFromReferralId?: string): Promise<string> {
  const input = { personId, providerId, urgent: false, ...(transferFromReferralId ? { transferFromReferralId } : {}) };
  const data = await mustSucceed<{ createReferral: { id: string } }>(stack, 'ra.officer', CREATE_REFERRAL, { input });
  return data.createReferral.id;
}

/** Codes of the errors at `path`, at one of its ancestors (a null that bubbled up) or below it. */
export function errorsOn(result: GraphQLResult, path: (string | number)[]): string[] {
  return (result.errors ?? [])
    .filter((error) => {
      const errorPath = error.path ?? [];
      const shorter = Math.min(errorPath.length, path.length);
      return errorPath.length > 0 && errorPath.slice(0, shorter).every((segment, index) => segment === path[index]);
    })
    .map((error) => error.extensions.code);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs at most `concurrency` tasks at a time. Consent-ledger writes go through it: the identification service reads
 * the caller's relationships on a second pooled connection while its write transaction holds the first
 * (consent.service.ts linkedPerson → PersonAccessService.relationshipsOf), so about ten concurrent ledger writes exhaust
 * the pool of ten and hang the service (found while building the authorization matrix,
 * authorization-matrix.e2e-spec.ts).
 */
export function limiter(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const queue: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= concurrency) await new Promise<void>((resolve) => queue.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      queue.shift()?.();
    }
  };
}
