import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Clock } from '@nrm/service-kit';
import { startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { FormalIdentificationService } from '../src/formal-identification/formal-identification.service';
import { formalIdentificationDefinition } from '../src/service-definition';

jest.setTimeout(90_000);

interface FakePerson {
  personId: string;
  reference: string;
  isChild: boolean;
  region: string | null;
  foreignNational: boolean;
  identificationStatus: string;
  childProtectionUnitIds: string[];
}

/**
 * Identification's person facts as this service asks for them, from fixtures; every id asked for is recorded. The
 * real endpoint (which answers an alias id with its canonical person's facts) is covered by the gateway e2e spec
 * (services/gateway/test/duplicates.e2e-spec.ts).
 */
class FakeIdentification {
  readonly persons = new Map<string, FakePerson>();
  readonly asked: string[] = [];
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.answer(request).then(([status, body]) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    }));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async answer(request: IncomingMessage): Promise<[number, unknown]> {
    const url = request.url ?? '';
    if (request.method === 'POST') {
      for await (const chunk of request) void chunk;
      return [200, { ok: true }];
    }
    const person = /^\/internal\/formal-identification\/persons\/(.+)$/.exec(url);
    if (person) {
      const id = decodeURIComponent(person[1] ?? '');
      this.asked.push(id);
      const found = this.persons.get(id);
      return found ? [200, found] : [404, { code: 'NOT_FOUND' }];
    }
    return [404, { code: 'NOT_FOUND' }];
  }
}

const REQUEST = `mutation R($input: RequestFormalIdentificationInput!) { requestFormalIdentification(input: $input) { id personId status } }`;
const LIST = `query L($personId: ID!) { formalIdentifications(personId: $personId) { id personId status } }`;
const START = `mutation S($input: StartReflectionPeriodInput!) { startReflectionPeriod(input: $input) { id personId endsAt } }`;
const PERMIT = `mutation P($input: RecordResidencePermitInput!) { recordResidencePermit(input: $input) { id personId type } }`;
const PERIODS = `query Q($personId: ID!) { reflectionPeriods(personId: $personId) { id personId } }`;
const PERMITS = `query Q($personId: ID!) { residencePermits(personId: $personId) { id personId } }`;
const PROTECTION = `query Q($personId: ID!) { removalProtection(personId: $personId) { personId noRemoval formalIdentificationPending reflectionPeriodEndsAt residencePermitExpiresAt } }`;

describe('linked person records (formal-identification subgraph)', () => {
  const identification = new FakeIdentification();
  let subgraph: SubgraphUnderTest;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const url = await identification.start();
    subgraph = await startSubgraph({ ...formalIdentificationDefinition, env: { IDENTIFICATION_INTERNAL_URL: url } });
    jest.spyOn(subgraph.app.get(Clock), 'now').mockImplementation(() => new Date('2026-12-02T09:00:00Z'));
    for (const username of ['ra.officer', 'ra.head', 'police.tirana', 'cm.shelter-a', 'sfait.tirana']) tokens[username] = await subgraph.tokenFor(username);
  });

  afterAll(async () => {
    await subgraph?.close();
    await identification.close();
  });

  function person(overrides: Partial<FakePerson> = {}): FakePerson {
    const fake: FakePerson = {
      personId: randomUUID(),
      reference: 'NRM-2026-000042',
      isChild: false,
      region: 'TIRANA',
      foreignNational: true,
      identificationStatus: 'PRESUMED',
      childProtectionUnitIds: [],
      ...overrides,
    };
    identification.persons.set(fake.personId, fake);
    return fake;
  }

  function linked(aliasPersonId: string, canonicalPersonId: string) {
    return {
      id: randomUUID(),
      type: 'person.linked' as const,
      aggregateId: aliasPersonId,
      payload: { aliasPersonId, canonicalPersonId },
      occurredAt: '2026-12-02T08:00:00.000Z',
      correlationId: null,
      producer: 'identification' as const,
    };
  }

  async function ok<T>(query: string, variables: Record<string, unknown>, username = 'ra.officer'): Promise<T> {
    const result = await subgraph.graphql<T>(query, variables, tokens[username]);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  }

  it('records person.linked once, however often it is delivered', async () => {
    const alias = randomUUID();
    const canonical = randomUUID();
    const event = linked(alias, canonical);
    await expect(subgraph.consumer!.handle(event)).resolves.toBe('processed');
    await expect(subgraph.consumer!.handle({ ...event, id: randomUUID() })).resolves.toBe('processed');
    const rows = (await subgraph.dataSource.query(`SELECT alias_id, canonical_id FROM formal_identification.person_alias WHERE alias_id = $1`, [alias])) as unknown[];
    expect(rows).toEqual([{ alias_id: alias, canonical_id: canonical }]);
  });

  it("shows the alias's formal identification, reflection period and permit under either id once linked, and a repeated request answers the open one", async () => {
    const canonical = person();
    const alias = person();
    const aliasRequest = (await ok<{ requestFormalIdentification: { id: string; personId: string } }>(REQUEST, { input: { personId: alias.personId, statementOfWillingness: true } }))
      .requestFormalIdentification;
    expect(aliasRequest.personId).toBe(alias.personId);
    const period = (await ok<{ startReflectionPeriod: { id: string; endsAt: string } }>(START, { input: { personId: canonical.personId } })).startReflectionPeriod;
    const permit = (await ok<{ recordResidencePermit: { id: string } }>(PERMIT, {
      input: { personId: alias.personId, type: 'A', issuedAt: '2026-12-01T00:00:00Z', expiresAt: '2027-02-28T00:00:00Z' },
    })).recordResidencePermit;

    // Before the link each id reads its own record only.
    expect((await ok<{ formalIdentifications: unknown[] }>(LIST, { personId: canonical.personId })).formalIdentifications).toEqual([]);

    await expect(subgraph.consumer!.handle(linked(alias.personId, canonical.personId))).resolves.toBe('processed');

    for (const id of [canonical.personId, alias.personId, alias.personId.toUpperCase()]) {
      expect((await ok<{ formalIdentifications: unknown[] }>(LIST, { personId: id })).formalIdentifications).toEqual([
        { id: aliasRequest.id, personId: alias.personId, status: 'REQUESTED' },
      ]);
      expect((await ok<{ reflectionPeriods: unknown[] }>(PERIODS, { personId: id })).reflectionPeriods).toEqual([{ id: period.id, personId: canonical.personId }]);
      expect((await ok<{ residencePermits: unknown[] }>(PERMITS, { personId: id })).residencePermits).toEqual([{ id: permit.id, personId: alias.personId }]);
    }

    // The alias id asks identification for the canonical person; the open request under the alias is the open one.
    identification.asked.length = 0;
    const again = (await ok<{ requestFormalIdentification: { id: string } }>(REQUEST, { input: { personId: alias.personId, statementOfWillingness: true } })).requestFormalIdentification;
    expect(again.id).toBe(aliasRequest.id);
    expect(identification.asked).toEqual([canonical.personId]);
    const byCanonical = (await ok<{ requestFormalIdentification: { id: string } }>(REQUEST, { input: { personId: canonical.personId, statementOfWillingness: true } }))
      .requestFormalIdentification;
    expect(byCanonical.id).toBe(aliasRequest.id);
    const count = (await subgraph.dataSource.query(
      `SELECT count(*)::int AS n FROM formal_identification.formal_identification WHERE person_id = ANY($1::uuid[])`,
      [[alias.personId, canonical.personId]],
    )) as Array<{ n: number }>;
    expect(count[0]?.n).toBe(1);

    // Removal protection of the alias id answers for the canonical person, counting what was recorded under either record.
    const protection = (await ok<{ removalProtection: Record<string, unknown> }>(PROTECTION, { personId: alias.personId })).removalProtection;
    expect(protection).toEqual({
      personId: canonical.personId,
      noRemoval: true,
      formalIdentificationPending: true,
      reflectionPeriodEndsAt: period.endsAt,
      residencePermitExpiresAt: '2027-02-28T00:00:00.000Z',
    });

    // A second reflection period cannot start under the alias while the canonical person's runs.
    const second = await subgraph.graphql(START, { input: { personId: alias.personId } }, tokens['ra.officer']);
    expect(second.errors?.[0]?.extensions.code).toBe('CONFLICT');

    // The subject access export of the canonical person carries the alias's rows, each naming its record.
    const service = subgraph.app.get(FormalIdentificationService);
    const exported = await subgraph.dataSource.transaction((manager) => service.exportOfPerson(manager, canonical.personId));
    expect(exported['formalIdentifications']?.map((row) => row['person_id'])).toEqual([alias.personId]);
  });

  it('records a new request for an alias id under the canonical person', async () => {
    const canonical = person();
    const alias = person();
    await expect(subgraph.consumer!.handle(linked(alias.personId, canonical.personId))).resolves.toBe('processed');
    identification.asked.length = 0;
    const created = (await ok<{ requestFormalIdentification: { personId: string } }>(REQUEST, { input: { personId: alias.personId, statementOfWillingness: true } }))
      .requestFormalIdentification;
    expect(created.personId).toBe(canonical.personId);
    expect(identification.asked).toEqual([canonical.personId]);
    const permit = (await ok<{ recordResidencePermit: { personId: string } }>(PERMIT, {
      input: { personId: alias.personId, type: 'B', issuedAt: '2026-12-01T00:00:00Z', expiresAt: '2027-12-01T00:00:00Z' },
    })).recordResidencePermit;
    expect(permit.personId).toBe(canonical.personId);
  });

  it('gives nothing more to other roles: a link opens no operation they were refused', async () => {
    const canonical = person();
    const alias = person();
    await expect(subgraph.consumer!.handle(linked(alias.personId, canonical.personId))).resolves.toBe('processed');
    for (const username of ['police.tirana', 'cm.shelter-a']) {
      for (const query of [LIST, PERIODS, PERMITS, PROTECTION]) {
        const result = await subgraph.graphql(query, { personId: alias.personId }, tokens[username]);
        expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
        expect(JSON.stringify(result.data ?? null)).not.toContain(canonical.personId);
      }
    }
    // A group member of neither record's group lists nothing of either.
    expect((await ok<{ formalIdentifications: unknown[] }>(LIST, { personId: alias.personId }, 'sfait.tirana')).formalIdentifications).toEqual([]);
  });
});
