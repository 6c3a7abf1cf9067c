import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventEnvelope } from '@nrm/events';
import { startSubgraph } from '@nrm/testing';
import { referralDefinition } from '../src/service-definition';
import { seedServiceProviders } from '../src/seed/seed-service-providers';
import { identifiedPerson, type ReferralUnderTest, seededProvider } from './referral-harness';

/*
 * A case closed by its shelter ends the placement (docs/domain.md §2 step 8, "The case track"): on `case.closed`
 * (CLOSED) the accepted referral becomes CLOSED, its place is given back and `referral.closed` (CASE_CLOSED) follows,
 * once however often the event comes. The RA who refers the person again before the event has arrived is not refused:
 * the referral service asks shelters (GET /internal/cases/:caseId/closure, stood in for by a small HTTP server that
 * answers what the test says, for RA tokens only) and ends the placement as the event will.
 */

const SHELTER_A = seededProvider('shelter-a');
const SHELTER_B = seededProvider('shelter-b');

const CREATE = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id status provider { agencyId placesFree } } }`;
const RESPOND = `mutation ($input: RespondToReferralInput!) { respondToReferral(input: $input) { id status caseId } }`;
const REFERRAL = `query ($id: ID!) { referral(id: $id) { id status closedAt } }`;

interface Closure {
  caseId: string;
  referralId: string;
  personId: string;
  providerAgencyId: string;
  status: string;
  closedAt: string;
}

function roleOf(authorization: string | undefined): string[] {
  const payload = authorization?.split(' ')[1]?.split('.')[1];
  if (!payload) return [];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { realm_access?: { roles?: string[] }; roles?: string[] };
  return claims.realm_access?.roles ?? claims.roles ?? [];
}

describe('a case closed by its shelter ends the placement (referral)', () => {
  let subgraph: ReferralUnderTest;
  let shelters: Server;
  let sheltersDown = false;
  /** What the stand-in for shelters answers, by case id. */
  const closures = new Map<string, Closure>();
  const asked: Array<{ caseId: string; roles: string[] }> = [];
  let raOfficer: string;
  let cmShelterA: string;

  beforeAll(async () => {
    shelters = createServer((req: IncomingMessage, res) => {
      req.resume();
      const match = /^\/internal\/cases\/([^/?]+)\/closure$/.exec(req.url ?? '');
      if (sheltersDown) return void res.writeHead(503).end();
      const roles = roleOf(req.headers.authorization);
      if (match) asked.push({ caseId: decodeURIComponent(match[1]!), roles });
      if (!roles.some((role) => role === 'ra_officer' || role === 'ra_head')) return void res.writeHead(403, { 'content-type': 'application/json' }).end('{}');
      const closure = match ? closures.get(decodeURIComponent(match[1]!)) : undefined;
      if (!closure) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(closure));
    });
    await new Promise<void>((resolve) => shelters.listen(0, '127.0.0.1', resolve));
    const { port } = shelters.address() as AddressInfo;
    const started = await startSubgraph({ ...referralDefinition, env: { SHELTERS_INTERNAL_URL: `http://127.0.0.1:${port}` } });
    subgraph = { ...started, consumer: started.consumer! };
    await seedServiceProviders(subgraph.dataSource);
    [raOfficer, cmShelterA] = await Promise.all(['ra.officer', 'cm.shelter-a'].map((user) => subgraph.tokenFor(user)));
  }, 60_000);

  beforeEach(async () => {
    // Suites share the run's database: the demo shelters as seeded, whatever an earlier suite took.
    await subgraph.dataSource.query(
      `UPDATE referral.service_provider SET places_free = places_total, places_over_capacity = 0, authorised = (agency_id <> 'shelter-c')
        WHERE agency_id IN ('shelter-a', 'shelter-b', 'shelter-c')`,
    );
    closures.clear();
    asked.length = 0;
    sheltersDown = false;
  });

  afterAll(async () => {
    await subgraph?.close();
    await new Promise((resolve) => shelters?.close(resolve));
  });

  /** A person placed at shelter-a: the referral and the case id fixed at acceptance. */
  async function placed(): Promise<{ personId: string; reference: string; referralId: string; caseId: string }> {
    const person = await identifiedPerson(subgraph);
    const created = await subgraph.graphql<{ createReferral: { id: string } }>(CREATE, { input: { personId: person.personId, providerId: SHELTER_A.id } }, raOfficer);
    expect(created.errors).toBeUndefined();
    const accepted = await subgraph.graphql<{ respondToReferral: { caseId: string } }>(
      RESPOND,
      { input: { referralId: created.data!.createReferral.id, decision: 'ACCEPT' } },
      cmShelterA,
    );
    expect(accepted.errors).toBeUndefined();
    return { ...person, referralId: created.data!.createReferral.id, caseId: accepted.data!.respondToReferral.caseId };
  }

  function caseClosed(placement: { personId: string; referralId: string; caseId: string }, status: 'CLOSED' | 'CLOSED_REFERRED' = 'CLOSED', providerAgencyId = 'shelter-a'): EventEnvelope<'case.closed'> {
    return {
      id: randomUUID(),
      type: 'case.closed',
      aggregateId: placement.caseId,
      payload: { caseId: placement.caseId, referralId: placement.referralId, personId: placement.personId, providerAgencyId, status, closureType: status === 'CLOSED' ? 'PLANNED_MUTUAL' : null },
      occurredAt: new Date().toISOString(),
      correlationId: 'corr-closure',
      producer: 'shelters',
    };
  }

  const shelterClosed = (placement: { personId: string; referralId: string; caseId: string }): Closure => ({
    caseId: placement.caseId,
    referralId: placement.referralId,
    personId: placement.personId,
    providerAgencyId: 'shelter-a',
    status: 'CLOSED',
    closedAt: new Date(Date.now() - 1_000).toISOString(),
  });

  async function placesFree(providerId: string): Promise<number> {
    const [row]: Array<{ places_free: number }> = await subgraph.dataSource.query(`SELECT places_free FROM referral.service_provider WHERE id = $1`, [providerId]);
    return row!.places_free;
  }

  async function statuses(personId: string): Promise<string[]> {
    const rows: Array<{ status: string }> = await subgraph.dataSource.query(`SELECT status FROM referral.referral WHERE person_id = $1 ORDER BY created_at, id`, [personId]);
    return rows.map((row) => row.status);
  }

  async function closedEvents(referralId: string): Promise<Array<Record<string, unknown>>> {
    const rows: Array<{ payload: Record<string, unknown> }> = await subgraph.dataSource.query(
      `SELECT payload FROM referral.outbox_event WHERE aggregate_id = $1 AND type = 'referral.closed' ORDER BY position`,
      [referralId],
    );
    return rows.map((row) => row.payload);
  }

  async function refer(personId: string, providerId: string) {
    return subgraph.graphql<{ createReferral: { id: string; status: string } }>(CREATE, { input: { personId, providerId } }, raOfficer);
  }

  it('ends the placement on case.closed: CLOSED, the place given back, referral.closed (CASE_CLOSED), once however often it comes', async () => {
    const placement = await placed();
    expect(await placesFree(SHELTER_A.id)).toBe(SHELTER_A.placesTotal - 1);
    const event = caseClosed(placement);
    await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');
    await expect(subgraph.consumer.handle(event)).resolves.toBe('duplicate');
    // A copy under another id (as if shelters published it twice) changes nothing either: the referral is no longer ACCEPTED.
    await expect(subgraph.consumer.handle({ ...event, id: randomUUID() })).resolves.toBe('processed');

    expect(await statuses(placement.personId)).toEqual(['CLOSED']);
    expect(await placesFree(SHELTER_A.id)).toBe(SHELTER_A.placesTotal);
    const read = await subgraph.graphql<{ referral: { status: string; closedAt: string | null } }>(REFERRAL, { id: placement.referralId }, raOfficer);
    expect(read.data!.referral).toMatchObject({ status: 'CLOSED', closedAt: event.occurredAt });
    expect(await closedEvents(placement.referralId)).toEqual([
      { referralId: placement.referralId, personId: placement.personId, reference: placement.reference, providerAgencyId: 'shelter-a', reason: 'CASE_CLOSED', transferredToReferralId: null },
    ]);
    // The person can be referred again, to the same shelter too.
    const again = await refer(placement.personId, SHELTER_A.id);
    expect(again.errors).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('changes nothing on a case closed as referred on (the transfer ended the placement) or a closure that does not match the placement', async () => {
    const placement = await placed();
    const referredOn = caseClosed(placement, 'CLOSED_REFERRED');
    await expect(subgraph.consumer.handle(referredOn)).resolves.toBe('processed');
    for (const forged of [
      caseClosed(placement, 'CLOSED', 'shelter-b'),
      caseClosed({ ...placement, caseId: randomUUID() }),
      caseClosed({ ...placement, personId: randomUUID() }),
      caseClosed({ ...placement, referralId: randomUUID() }),
    ]) {
      await expect(subgraph.consumer.handle(forged)).resolves.toBe('processed');
    }
    expect(await statuses(placement.personId)).toEqual(['ACCEPTED']);
    expect(await placesFree(SHELTER_A.id)).toBe(SHELTER_A.placesTotal - 1);
    expect(await closedEvents(placement.referralId)).toEqual([]);
  });

  it('lets the RA refer the person at once after the closure, before case.closed arrives: shelters is asked, and the event later changes nothing', async () => {
    const placement = await placed();
    // shelter-a had one place: the closure must give it back for the person to be referred there again.
    await subgraph.dataSource.query(`UPDATE referral.service_provider SET places_free = 0 WHERE id = $1`, [SHELTER_A.id]);
    closures.set(placement.caseId, shelterClosed(placement));

    const again = await refer(placement.personId, SHELTER_A.id);
    expect(again.errors).toBeUndefined();
    expect(again.data!.createReferral).toMatchObject({ status: 'PENDING', provider: { agencyId: 'shelter-a', placesFree: 1 } });
    expect(asked).toEqual([{ caseId: placement.caseId, roles: expect.arrayContaining(['ra_officer']) }]);
    expect(await statuses(placement.personId)).toEqual(['CLOSED', 'PENDING']);
    expect(await closedEvents(placement.referralId)).toHaveLength(1);

    await expect(subgraph.consumer.handle(caseClosed(placement))).resolves.toBe('processed');
    expect(await placesFree(SHELTER_A.id)).toBe(1);
    expect(await closedEvents(placement.referralId)).toHaveLength(1);
  });

  it('keeps the refusal when shelters says the case is open, answers about another placement, or does not answer', async () => {
    const placement = await placed();
    const stillPlaced = async () => {
      const refused = await refer(placement.personId, SHELTER_B.id);
      expect(refused.errors?.[0]?.extensions.code).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toMatch(/already placed/);
      expect(await statuses(placement.personId)).toEqual(['ACCEPTED']);
    };

    await stillPlaced(); // 404: open
    closures.set(placement.caseId, { ...shelterClosed(placement), referralId: randomUUID() });
    await stillPlaced();
    closures.set(placement.caseId, { ...shelterClosed(placement), providerAgencyId: 'shelter-b' });
    await stillPlaced();
    closures.set(placement.caseId, { ...shelterClosed(placement), status: 'CLOSED_REFERRED' });
    await stillPlaced();
    closures.set(placement.caseId, { ...shelterClosed(placement), closedAt: 'yesterday' });
    await stillPlaced();
    closures.set(placement.caseId, shelterClosed(placement));
    sheltersDown = true;
    await stillPlaced();
    expect(asked.length).toBe(5);
    expect(await placesFree(SHELTER_A.id)).toBe(SHELTER_A.placesTotal - 1);
    expect(await closedEvents(placement.referralId)).toEqual([]);
  });

  it('does not ask shelters for a person with a pending referral, or for a transfer', async () => {
    const person = await identifiedPerson(subgraph);
    expect((await refer(person.personId, SHELTER_A.id)).errors).toBeUndefined();
    expect((await refer(person.personId, SHELTER_B.id)).errors?.[0]?.message).toMatch(/pending referral/);
    const placement = await placed();
    closures.set(placement.caseId, shelterClosed(placement));
    const transfer = await subgraph.graphql(CREATE, { input: { personId: placement.personId, providerId: SHELTER_B.id, transferFromReferralId: placement.referralId } }, raOfficer);
    expect(transfer.errors).toBeUndefined();
    expect(asked).toEqual([]);
  });
});
