import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { verifyChain } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import { AgencyType, ReferralDecision, Role, Sex } from '@nrm/domain';
import { startSubgraph } from '@nrm/testing';
import { ReferralService } from '../src/referrals/referral.service';
import { seedServiceProviders } from '../src/seed/seed-service-providers';
import { referralDefinition } from '../src/service-definition';
import { identificationEnvelope, type ReferralUnderTest, seededProvider } from './referral-harness';

jest.setTimeout(60_000);

const PROVIDER_FIELDS = 'id agencyId agencyType name region serves services authorised placesTotal placesFree placesTaken placesOverCapacity';
const CREATE_PROVIDER = `mutation ($input: CreateServiceProviderInput!) { createServiceProvider(input: $input) { ${PROVIDER_FIELDS} } }`;
const UPDATE_PROVIDER = `mutation ($input: UpdateServiceProviderInput!) { updateServiceProvider(input: $input) { ${PROVIDER_FIELDS} } }`;
const AUTHORISE = `mutation ($input: SetServiceProviderAuthorisationInput!) { setServiceProviderAuthorisation(input: $input) { ${PROVIDER_FIELDS} } }`;
const CHANGES = `query ($providerId: ID!) { serviceProviderChanges(providerId: $providerId) { change changedByUsername changedByRole reason before after } }`;
const MATCHES = `query ($personId: ID!, $needs: [String!]) {
  providerMatches(personId: $personId, needs: $needs) {
    provider { id agencyId } eligible reasons exclusions { code message } overCapacityPossible rank score regionMatch servicesMatched servicesMissing
  }
}`;
const CREATE_REFERRAL = `mutation ($input: CreateReferralInput!) {
  createReferral(input: $input) { id status optionsOffered overCapacityAgreement { reference agreedWith } placedOverCapacity provider { id } }
}`;

interface ProviderView {
  id: string;
  agencyId: string;
  agencyType: string;
  authorised: boolean;
  placesTotal: number;
  placesFree: number;
  placesTaken: number;
  placesOverCapacity: number;
}

interface MatchView {
  provider: { id: string; agencyId: string };
  eligible: boolean;
  reasons: string[];
  exclusions: Array<{ code: string; message: string }>;
  overCapacityPossible: boolean;
  rank: number | null;
  score: number;
  regionMatch: boolean;
  servicesMatched: string[];
  servicesMissing: string[];
}

/**
 * identification's internal agency endpoint, as the directory answers it: `shelter-t…` agencies are NGO shelters,
 * `police-t…` a police agency, anything else unknown (404). Every other internal path (access facts) is 404, so the
 * service falls back on its projection.
 */
function startDirectoryStub(): Promise<{ url: string; server: Server; asked: string[] }> {
  const asked: string[] = [];
  const server = createServer((request, response) => {
    const match = /^\/internal\/directory\/agencies\/([^/?]+)$/.exec(request.url ?? '');
    if (match) {
      asked.push(decodeURIComponent(match[1]!));
      const id = decodeURIComponent(match[1]!);
      const type = id.startsWith('shelter-') ? AgencyType.SHELTER_NGO : id.startsWith('police-') ? AgencyType.STATE_POLICE : null;
      if (type && request.headers.authorization?.startsWith('Bearer ')) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ id, type, region: 'TIRANA' }));
        return;
      }
    }
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end('{}');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, asked })));
}

describe('the provider directory, matching and over-capacity referrals (real PostgreSQL, signed tokens)', () => {
  let subgraph: ReferralUnderTest;
  let stub: { url: string; server: Server; asked: string[] };
  let owner: Client;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    stub = await startDirectoryStub();
    const started = await startSubgraph({ ...referralDefinition, env: { IDENTIFICATION_INTERNAL_URL: stub.url } });
    subgraph = { ...started, consumer: started.consumer! };
    await seedServiceProviders(subgraph.dataSource);
    // Suites share the run's database: the demo shelters as seeded, whatever an earlier suite took.
    await subgraph.dataSource.query(
      `UPDATE referral.service_provider SET places_free = places_total, places_over_capacity = 0, authorised = (agency_id <> 'shelter-c')
       WHERE agency_id IN ('shelter-a', 'shelter-b', 'shelter-c')`,
    );
    owner = new Client({ connectionString: process.env['DATABASE_URL'] });
    await owner.connect();
    for (const user of ['admin', 'ra.officer', 'ra.head', 'cm.shelter-a', 'police.tirana', 'auditor']) tokens[user] = await subgraph.tokenFor(user);
  }, 60_000);

  afterAll(async () => {
    await owner?.end();
    await subgraph?.close();
    await new Promise((resolve) => stub?.server.close(resolve));
  });

  const newAgency = (): string => `shelter-t${randomUUID().slice(0, 8)}`;

  const providerInput = (agencyId: string, overrides: Record<string, unknown> = {}) => ({
    agencyId,
    name: 'Test shelter (adult men)',
    region: 'SHKODER',
    serves: ['ADULTS', 'MEN', 'FOREIGNERS'],
    services: ['ACCOMMODATION', 'LEGAL'],
    placesTotal: 3,
    ...overrides,
  });

  async function createProvider(overrides: Record<string, unknown> = {}): Promise<ProviderView> {
    const result = await subgraph.graphql<{ createServiceProvider: ProviderView }>(CREATE_PROVIDER, { input: providerInput(newAgency(), overrides) }, tokens['admin']);
    expect(result.errors).toBeUndefined();
    return result.data!.createServiceProvider;
  }

  async function authorise(providerId: string): Promise<ProviderView> {
    const result = await subgraph.graphql<{ setServiceProviderAuthorisation: ProviderView }>(
      AUTHORISE,
      { input: { providerId, authorised: true, reason: 'LICENCE_GRANTED' } },
      tokens['ra.head'],
    );
    expect(result.errors).toBeUndefined();
    return result.data!.setServiceProviderAuthorisation;
  }

  async function person(routing: { isChild: boolean; sex: Sex; foreign: boolean; region?: string }): Promise<string> {
    const personId = randomUUID();
    const result = await subgraph.consumer.handle(
      identificationEnvelope('identification.submitted', {
        identificationId: randomUUID(),
        personId,
        reference: `NRM-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
        recordingAgencyId: 'police-tirana',
        isChild: routing.isChild,
        region: routing.region ?? 'TIRANA',
        anonymous: false,
        routing: { sex: routing.sex, foreign: routing.foreign, accompanyingChildren: false },
      }),
    );
    expect(result).toBe('processed');
    return personId;
  }

  async function matches(personId: string, needs: string[] = [], token = tokens['ra.officer']): Promise<MatchView[]> {
    const result = await subgraph.graphql<{ providerMatches: MatchView[] }>(MATCHES, { personId, needs }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.providerMatches;
  }

  describe('maintaining the directory', () => {
    it('lets the platform administrator create a provider of a shelter agency of the directory, unauthorised, every place free, audited', async () => {
      const agencyId = newAgency();
      const correlationId = randomUUID();
      const result = await subgraph.graphql<{ createServiceProvider: ProviderView }>(
        CREATE_PROVIDER,
        { input: providerInput(agencyId) },
        tokens['admin'],
        { 'x-correlation-id': correlationId },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.createServiceProvider).toMatchObject({
        agencyId,
        agencyType: 'SHELTER_NGO',
        authorised: false,
        placesTotal: 3,
        placesFree: 3,
        placesTaken: 0,
        placesOverCapacity: 0,
      });
      expect(stub.asked).toContain(agencyId);
      const { rows } = await owner.query(
        `SELECT actor_username, actor_role, person_id, action, decision, reason, purpose, grantee_agency_id FROM referral.audit_entry WHERE correlation_id = $1`,
        [correlationId],
      );
      expect(rows).toEqual([
        {
          actor_username: 'admin',
          actor_role: 'platform_admin',
          person_id: null,
          action: 'WRITE',
          decision: 'ALLOWED',
          reason: 'PROVIDER_CREATED',
          purpose: 'SERVICE_PROVIDER_DIRECTORY',
          grantee_agency_id: agencyId,
        },
      ]);
    });

    it('refuses an agency the directory does not hold, one that is not a shelter, and one already a provider, naming what is accepted', async () => {
      const unknown = await subgraph.graphql(CREATE_PROVIDER, { input: providerInput('ministry-unknown') }, tokens['admin']);
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.agencyId'] });
      expect(unknown.errors?.[0]?.message).toMatch(/agency of the directory/);
      const police = await subgraph.graphql(CREATE_PROVIDER, { input: providerInput('police-tx') }, tokens['admin']);
      expect(police.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.agencyId'] });
      expect(police.errors?.[0]?.message).toContain('SHELTER_NGO, SHELTER_STATE');
      const existing = await subgraph.graphql(CREATE_PROVIDER, { input: providerInput('shelter-a') }, tokens['admin']);
      expect(existing.errors?.[0]?.extensions['code']).toBe('CONFLICT');
      const { rows } = await owner.query(`SELECT count(*)::int AS n FROM referral.service_provider WHERE agency_id IN ('ministry-unknown', 'police-tx')`);
      expect(rows[0].n).toBe(0);
    });

    it('refuses bytes no form would send, each with the field and what would be accepted', async () => {
      const cases: Array<[Record<string, unknown>, string, RegExp]> = [
        [{ name: 'Shelter\u0000X' }, 'input.name', /control characters/],
        [{ name: 'x' }, 'input.name', /2 to 120/],
        [{ services: ['SPA'] }, 'input.services', /ACCOMMODATION, MEDICAL/],
        [{ services: ['LEGAL', 'LEGAL'] }, 'input.services', /distinct/],
        [{ services: [] }, 'input.services', /1 to/],
        [{ serves: [] }, 'input.serves', /ADULTS, CHILDREN/],
        [{ placesTotal: -1 }, 'input.placesTotal', /0 to 10000/],
        [{ placesTotal: 1_000_000 }, 'input.placesTotal', /0 to 10000/],
        [{ region: 'tirana; DROP' }, 'input.region', /region code/],
        [{ agencyId: '../../admin' }, 'input.agencyId', /agency id of the directory/],
      ];
      for (const [overrides, field, message] of cases) {
        const result = await subgraph.graphql(CREATE_PROVIDER, { input: providerInput(newAgency(), overrides) }, tokens['admin']);
        expect({ overrides, code: result.errors?.[0]?.extensions['code'], fields: result.errors?.[0]?.extensions['fields'] }).toEqual({
          overrides,
          code: 'BAD_USER_INPUT',
          fields: [field],
        });
        expect(result.errors?.[0]?.message).toMatch(message);
      }
      const badGroup = await subgraph.graphql(CREATE_PROVIDER, { input: providerInput(newAgency(), { serves: ['ALIENS'] }) }, tokens['admin']);
      expect(badGroup.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
      const badReason = await subgraph.graphql(AUTHORISE, { input: { providerId: randomUUID(), authorised: true, reason: 'BECAUSE' } }, tokens['ra.head']);
      expect(badReason.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
    });

    it('keeps the directory to its maintainers: no case manager, officer, police or auditor creates, changes or authorises', async () => {
      const provider = await createProvider();
      for (const user of ['cm.shelter-a', 'ra.officer', 'ra.head', 'police.tirana', 'auditor']) {
        const created = await subgraph.graphql(CREATE_PROVIDER, { input: providerInput(newAgency()) }, tokens[user]);
        expect({ user, code: created.errors?.[0]?.extensions['code'] }).toEqual({ user, code: 'FORBIDDEN' });
        const updated = await subgraph.graphql(UPDATE_PROVIDER, { input: { providerId: provider.id, placesTotal: 50 } }, tokens[user]);
        expect({ user, code: updated.errors?.[0]?.extensions['code'] }).toEqual({ user, code: 'FORBIDDEN' });
      }
      for (const user of ['admin', 'ra.officer', 'cm.shelter-a', 'police.tirana']) {
        const authorised = await subgraph.graphql(AUTHORISE, { input: { providerId: provider.id, authorised: true, reason: 'LICENCE_GRANTED' } }, tokens[user]);
        expect({ user, code: authorised.errors?.[0]?.extensions['code'] }).toEqual({ user, code: 'FORBIDDEN' });
      }
      const anonymous = await subgraph.graphql(CREATE_PROVIDER, { input: providerInput(newAgency()) });
      expect(anonymous.errors?.[0]?.extensions['code']).toBe('UNAUTHENTICATED');
      const [row] = (await subgraph.dataSource.query(`SELECT places_total, authorised FROM referral.service_provider WHERE id = $1`, [provider.id])) as Array<{
        places_total: number;
        authorised: boolean;
      }>;
      expect(row).toEqual({ places_total: 3, authorised: false });
    });

    it('lets the admin change a provider but never its total below the places taken; the RA head authorises with a coded reason; all in the history', async () => {
      const provider = await createProvider();
      // Two of its three places are taken.
      await subgraph.dataSource.query(`UPDATE referral.service_provider SET places_free = 1 WHERE id = $1`, [provider.id]);
      const below = await subgraph.graphql(UPDATE_PROVIDER, { input: { providerId: provider.id, placesTotal: 1 } }, tokens['admin']);
      expect(below.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: ['input.placesTotal'] });
      expect(below.errors?.[0]?.message).toContain('at least the 2 place(s) taken');
      const atTaken = await subgraph.graphql<{ updateServiceProvider: ProviderView }>(
        UPDATE_PROVIDER,
        { input: { providerId: provider.id, placesTotal: 2, services: ['ACCOMMODATION', 'LEGAL', 'INTERPRETER'] } },
        tokens['admin'],
      );
      expect(atTaken.errors).toBeUndefined();
      expect(atTaken.data!.updateServiceProvider).toMatchObject({ placesTotal: 2, placesFree: 0, placesTaken: 2 });
      const nothing = await subgraph.graphql(UPDATE_PROVIDER, { input: { providerId: provider.id, placesTotal: 2 } }, tokens['admin']);
      expect(nothing.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
      const unknown = await subgraph.graphql(UPDATE_PROVIDER, { input: { providerId: randomUUID(), placesTotal: 2 } }, tokens['admin']);
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', fields: ['input.providerId'] });

      expect(await authorise(provider.id)).toMatchObject({ authorised: true });
      const again = await subgraph.graphql(AUTHORISE, { input: { providerId: provider.id, authorised: true, reason: 'LICENCE_RENEWED' } }, tokens['ra.head']);
      expect(again.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');

      const history = await subgraph.graphql<{ serviceProviderChanges: Array<Record<string, unknown>> }>(CHANGES, { providerId: provider.id }, tokens['auditor']);
      expect(history.errors).toBeUndefined();
      expect(history.data!.serviceProviderChanges.map(({ change, changedByUsername, reason }) => ({ change, changedByUsername, reason }))).toEqual([
        { change: 'CREATED', changedByUsername: 'admin', reason: null },
        { change: 'UPDATED', changedByUsername: 'admin', reason: null },
        { change: 'AUTHORISED', changedByUsername: 'ra.head', reason: 'LICENCE_GRANTED' },
      ]);
      expect(history.data!.serviceProviderChanges[1]).toMatchObject({ before: { placesTotal: 3 }, after: { placesTotal: 2, placesFree: 0 } });
      const forbidden = await subgraph.graphql(CHANGES, { providerId: provider.id }, tokens['cm.shelter-a']);
      expect(forbidden.errors?.[0]?.extensions['code']).toBe('FORBIDDEN');

      // The history is append-only for the service; the chain still verifies.
      await expect(subgraph.dataSource.query(`UPDATE referral.service_provider_change SET reason = 'X'`)).rejects.toThrow(/permission denied/);
      expect(await verifyChain(owner, 'referral')).toMatchObject({ ok: true });
    });
  });

  describe('matching', () => {
    it('shows the RA, for a foreign girl of 16, the providers that may take her ranked by fit and why the others may not', async () => {
      const girl = await person({ isChild: true, sex: Sex.FEMALE, foreign: true });
      const result = await matches(girl, ['ACCOMMODATION', 'EDUCATION']);
      const byAgency = new Map(result.map((match) => [match.provider.agencyId, match]));
      expect(byAgency.get('shelter-a')).toMatchObject({ eligible: true, reasons: [], regionMatch: true, servicesMatched: ['ACCOMMODATION', 'EDUCATION'], servicesMissing: [], score: 4 });
      expect(byAgency.get('shelter-b')).toMatchObject({ eligible: false, rank: null, reasons: ['PROVIDER_DOES_NOT_SERVE_CHILDREN'] });
      expect(byAgency.get('shelter-b')!.exclusions[0]!.message).toContain('CHILDREN');
      expect(byAgency.get('shelter-c')).toMatchObject({ eligible: false, reasons: ['PROVIDER_NOT_AUTHORISED', 'PROVIDER_DOES_NOT_SERVE_CHILDREN', 'PROVIDER_DOES_NOT_SERVE_CATEGORY'] });
      // Eligible first, ranked 1..n.
      const eligible = result.filter((match) => match.eligible);
      expect(eligible.map((match) => match.rank)).toEqual(eligible.map((_, index) => index + 1));
      expect(result.slice(0, eligible.length).every((match) => match.eligible)).toBe(true);
    });

    it('shows, for an adult man, the providers for men, the women-only shelter excluded with its code', async () => {
      const man = await person({ isChild: false, sex: Sex.MALE, foreign: false, region: 'SHKODER' });
      const provider = await createProvider();
      await authorise(provider.id);
      const result = await matches(man, ['ACCOMMODATION', 'LEGAL']);
      const byAgency = new Map(result.map((match) => [match.provider.agencyId, match]));
      expect(byAgency.get('shelter-a')).toMatchObject({ eligible: false, reasons: ['PROVIDER_DOES_NOT_SERVE_CATEGORY'] });
      expect(byAgency.get('shelter-a')!.exclusions[0]!.message).toMatch(/does not serve men/);
      expect(byAgency.get('shelter-b')).toMatchObject({ eligible: true, regionMatch: false });
      // In his region and offering both needs: ranked above shelter-b.
      expect(byAgency.get(provider.agencyId)).toMatchObject({ eligible: true, regionMatch: true, score: 4 });
      expect(byAgency.get(provider.agencyId)!.rank!).toBeLessThan(byAgency.get('shelter-b')!.rank!);
    });

    it('is the RA\'s alone, audited as a read of the summary, and refuses unknown persons and needs with what is accepted', async () => {
      const girl = await person({ isChild: true, sex: Sex.FEMALE, foreign: true });
      for (const user of ['admin', 'cm.shelter-a', 'police.tirana', 'auditor']) {
        const result = await subgraph.graphql(MATCHES, { personId: girl }, tokens[user]);
        expect({ user, code: result.errors?.[0]?.extensions['code'], data: result.data }).toEqual({ user, code: 'FORBIDDEN', data: null });
      }
      const correlationId = randomUUID();
      await subgraph.graphql(MATCHES, { personId: girl }, tokens['ra.head'], { 'x-correlation-id': correlationId });
      const { rows } = await owner.query(`SELECT person_id, action, categories, purpose FROM referral.audit_entry WHERE correlation_id = $1`, [correlationId]);
      expect(rows).toEqual([{ person_id: girl, action: 'READ', categories: ['SUMMARY'], purpose: 'PROVIDER_MATCHING' }]);
      const unknown = await subgraph.graphql(MATCHES, { personId: randomUUID() }, tokens['ra.officer']);
      expect(unknown.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');
      const badNeed = await subgraph.graphql(MATCHES, { personId: girl, needs: ['MASSAGE'] }, tokens['ra.officer']);
      expect(badNeed.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
      expect(badNeed.errors?.[0]?.message).toContain('ACCOMMODATION');
      const notUuid = await subgraph.graphql(MATCHES, { personId: "1' OR '1'='1" }, tokens['ra.officer']);
      expect(notUuid.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
    });
  });

  describe('referring: the options offered and over-capacity agreements', () => {
    it('records the options offered with the person\'s choice, and refuses a choice outside them', async () => {
      const man = await person({ isChild: false, sex: Sex.MALE, foreign: false });
      const shelterB = seededProvider('shelter-b').id;
      const other = await createProvider();
      const outside = await subgraph.graphql(CREATE_REFERRAL, { input: { personId: man, providerId: shelterB, optionsOffered: [other.id] } }, tokens['ra.officer']);
      expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.optionsOffered'] });
      const unknownOption = await subgraph.graphql(
        CREATE_REFERRAL,
        { input: { personId: man, providerId: shelterB, optionsOffered: [shelterB, randomUUID()] } },
        tokens['ra.officer'],
      );
      expect(unknownOption.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', fields: ['input.optionsOffered.1'] });
      const made = await subgraph.graphql<{ createReferral: { optionsOffered: string[]; status: string; id: string } }>(
        CREATE_REFERRAL,
        { input: { personId: man, providerId: shelterB, optionsOffered: [other.id, shelterB] } },
        tokens['ra.officer'],
      );
      expect(made.errors).toBeUndefined();
      expect(made.data!.createReferral).toMatchObject({ status: 'PENDING', optionsOffered: [other.id, shelterB] });
      // The platform administrator maintains the directory but never refers.
      const admin = await subgraph.graphql(CREATE_REFERRAL, { input: { personId: man, providerId: shelterB } }, tokens['admin']);
      expect(admin.errors?.[0]?.extensions['code']).toBe('FORBIDDEN');
      await subgraph.dataSource.query(`UPDATE referral.referral SET status = 'WITHDRAWN', withdrawn_at = now() WHERE id = $1`, [made.data!.createReferral.id]);
    });

    it('refuses a full provider unless the RA records an over-capacity agreement with it; its acceptance then takes a place beyond the total', async () => {
      const full = await createProvider({ placesTotal: 1 });
      await authorise(full.id);
      await subgraph.dataSource.query(`UPDATE referral.service_provider SET places_free = 0 WHERE id = $1`, [full.id]);
      const man = await person({ isChild: false, sex: Sex.MALE, foreign: true });

      const [match] = (await matches(man)).filter((candidate) => candidate.provider.id === full.id);
      expect(match).toMatchObject({ eligible: false, reasons: ['NO_PLACES_FREE'], overCapacityPossible: true });

      const refused = await subgraph.graphql(CREATE_REFERRAL, { input: { personId: man, providerId: full.id } }, tokens['ra.officer']);
      expect(refused.errors?.[0]?.extensions['code']).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toContain('overCapacityAgreement');
      const wrongAgency = await subgraph.graphql(
        CREATE_REFERRAL,
        { input: { personId: man, providerId: full.id, overCapacityAgreement: { reference: 'RA/2026/17', agreedWith: 'shelter-a' } } },
        tokens['ra.officer'],
      );
      expect(wrongAgency.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.overCapacityAgreement.agreedWith'] });
      const freeText = await subgraph.graphql(
        CREATE_REFERRAL,
        { input: { personId: man, providerId: full.id, overCapacityAgreement: { reference: 'agreed by phone with Ana, she is pregnant', agreedWith: full.agencyId } } },
        tokens['ra.officer'],
      );
      expect(freeText.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');

      const agreed = await subgraph.graphql<{ createReferral: { id: string; overCapacityAgreement: unknown; placedOverCapacity: boolean } }>(
        CREATE_REFERRAL,
        { input: { personId: man, providerId: full.id, overCapacityAgreement: { reference: 'RA/2026/17', agreedWith: full.agencyId } } },
        tokens['ra.officer'],
      );
      expect(agreed.errors).toBeUndefined();
      expect(agreed.data!.createReferral).toMatchObject({ overCapacityAgreement: { reference: 'RA/2026/17', agreedWith: full.agencyId }, placedOverCapacity: false });

      // The provider's case manager accepts (no demo user belongs to this test agency: the use case, with its principal).
      const caseManager: Principal = {
        subject: randomUUID(),
        username: 'cm.test',
        roles: [Role.CASE_MANAGER],
        agencyId: full.agencyId,
        agencyType: AgencyType.SHELTER_NGO,
        clientId: 'nrm-portal',
        tokenId: undefined,
        expiresAt: new Date(Date.now() + 60_000),
        correlationId: null,
      };
      const accepted = await subgraph.app.get(ReferralService).respond({ referralId: agreed.data!.createReferral.id, decision: ReferralDecision.ACCEPT }, caseManager);
      expect(accepted).toMatchObject({ status: 'ACCEPTED', placedOverCapacity: true });
      const [row] = (await subgraph.dataSource.query(`SELECT places_total, places_free, places_over_capacity FROM referral.service_provider WHERE id = $1`, [full.id])) as Array<
        Record<string, number>
      >;
      expect(row).toEqual({ places_total: 1, places_free: 0, places_over_capacity: 1 });
      const below = await subgraph.graphql(UPDATE_PROVIDER, { input: { providerId: full.id, placesTotal: 1 } }, tokens['admin']);
      expect(below.errors?.[0]?.message).toContain('at least the 2 place(s) taken');
    });
  });
});
