import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventConsumer, EventEnvelope } from '@nrm/events';
import type { SubgraphUnderTest } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

/*
 * Identification's side of the case track (docs/domain.md, "The case track"): the directory lookup the shelters
 * service checks case managers and team members on (GET /internal/directory/members/:userId, the caller's own agency
 * only), and `case.closed` ending the shelter's OPEN_CASE relationship and, for a case the shelter closed, the
 * ACCEPTED_REFERRAL one of its placement too. Referral's placements endpoint (the catch-up a refused provider read
 * makes) is stood in for by a small HTTP server answering what the test says.
 */

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { person { id reference } } }`;
const CM_A = '00000000-0000-4000-8000-000000000009';
const PSY_A = '00000000-0000-4000-8000-000000000010';
const CM_B = '00000000-0000-4000-8000-000000000011';

describe('identification: the case track', () => {
  let subgraph: SubgraphUnderTest;
  let consumer: EventConsumer;
  let referral: Server;
  /** The placements the stand-in referral service answers, by person id; and the persons it was asked about. */
  const placements = new Map<string, Array<Record<string, unknown>>>();
  const askedAbout: string[] = [];

  beforeAll(async () => {
    referral = createServer((req: IncomingMessage, res) => {
      req.resume();
      const match = /^\/internal\/placements\/person\/([^/?]+)$/.exec(req.url ?? '');
      if (!match) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
      const personId = decodeURIComponent(match[1]!);
      askedAbout.push(personId);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ placements: placements.get(personId) ?? [] }));
    });
    await new Promise<void>((resolve) => referral.listen(0, '127.0.0.1', resolve));
    subgraph = await startIdentification({ REFERRAL_INTERNAL_URL: `http://127.0.0.1:${(referral.address() as AddressInfo).port}` });
    consumer = subgraph.consumer!;
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
    await new Promise((resolve) => referral?.close(resolve));
  });

  describe('GET /internal/directory/members/:userId', () => {
    it("answers a case manager or head about a user of their own shelter: ids, roles and team function, never an e-mail", async () => {
      for (const username of ['cm.shelter-a', 'head.shelter-a']) {
        const answer = await subgraph.get<Record<string, unknown>>(`/internal/directory/members/${PSY_A}`, await subgraph.tokenFor(username));
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({ id: PSY_A, agencyId: 'shelter-a', roles: ['shelter_staff'], teamFunction: 'PSYCHOLOGIST' });
        expect(answer.text).not.toMatch(/@|email/i);
      }
      expect((await subgraph.get(`/internal/directory/members/${CM_A}`, await subgraph.tokenFor('cm.shelter-a'))).status).toBe(200);
    });

    it("answers another shelter's user, an unknown one and a malformed id alike: 404", async () => {
      const token = await subgraph.tokenFor('cm.shelter-a');
      const other = await subgraph.get(`/internal/directory/members/${CM_B}`, token);
      const unknown = await subgraph.get(`/internal/directory/members/${randomUUID()}`, token);
      const malformed = await subgraph.get(`/internal/directory/members/${encodeURIComponent("x' OR 1=1")}`, token);
      expect([other.status, unknown.status, malformed.status]).toEqual([404, 404, 404]);
      expect(other.text).toBe(unknown.text);
    });

    it('refuses every other role, and no token at all', async () => {
      for (const username of ['psy.shelter-a', 'police.tirana', 'ra.officer', 'admin']) {
        expect((await subgraph.get(`/internal/directory/members/${PSY_A}`, await subgraph.tokenFor(username))).status).toBe(403);
      }
      expect((await subgraph.get(`/internal/directory/members/${PSY_A}`)).status).toBe(401);
    });
  });

  describe('case.closed', () => {
    function envelope<T extends 'case.opened' | 'case.closed'>(type: T, payload: EventEnvelope<T>['payload']): EventEnvelope<T> {
      return { id: randomUUID(), type, aggregateId: randomUUID(), payload, occurredAt: new Date().toISOString(), correlationId: null, producer: 'shelters' };
    }

    async function openCaseLinks(personId: string): Promise<Array<{ source_id: string; active: boolean }>> {
      return subgraph.dataSource.query(
        `SELECT source_id::text, active FROM identification.person_relationship WHERE person_id = $1 AND agency_id = 'shelter-a' AND relationship = 'OPEN_CASE'`,
        [personId],
      );
    }

    it("ends the shelter's OPEN_CASE relationship of that case only, once", async () => {
      const submitted = await subgraph.graphql<{ submitInitialIdentification: { person: { id: string; reference: string } } }>(
        SUBMIT,
        { input: adultInput() },
        await subgraph.tokenFor('police.tirana'),
      );
      const { id: personId, reference } = submitted.data!.submitInitialIdentification.person;
      const [first, second] = [randomUUID(), randomUUID()];
      for (const caseId of [first, second]) {
        await expect(consumer.handle(envelope('case.opened', { caseId, referralId: randomUUID(), personId, reference, providerAgencyId: 'shelter-a' }))).resolves.toBe('processed');
      }
      const closed = envelope('case.closed', { caseId: first, referralId: randomUUID(), personId, providerAgencyId: 'shelter-a', status: 'CLOSED_REFERRED', closureType: null });
      await expect(consumer.handle(closed)).resolves.toBe('processed');
      await expect(consumer.handle(closed)).resolves.toBe('duplicate');
      const links = await openCaseLinks(personId);
      expect(links.find((link) => link.source_id === first)?.active).toBe(false);
      expect(links.find((link) => link.source_id === second)?.active).toBe(true);
    });

    it("ends the closing shelter's OPEN_CASE and ACCEPTED_REFERRAL at once, and a catch-up read before referral has heard of it cannot link them again", async () => {
      const submitted = await subgraph.graphql<{ submitInitialIdentification: { person: { id: string; reference: string } } }>(
        SUBMIT,
        { input: adultInput() },
        await subgraph.tokenFor('police.tirana'),
      );
      const { id: personId, reference } = submitted.data!.submitInitialIdentification.person;
      const [referralId, caseId] = [randomUUID(), randomUUID()];
      const fromReferral = <T extends 'referral.accepted' | 'referral.closed'>(type: T, payload: EventEnvelope<T>['payload']): EventEnvelope<T> => ({
        ...envelope('case.opened', { caseId, referralId, personId, reference, providerAgencyId: 'shelter-a' }),
        type,
        payload,
        producer: 'referral',
      }) as unknown as EventEnvelope<T>;
      await expect(consumer.handle(fromReferral('referral.accepted', { referralId, personId, reference, providerAgencyId: 'shelter-a', caseId }))).resolves.toBe('processed');
      await expect(consumer.handle(envelope('case.opened', { caseId, referralId, personId, reference, providerAgencyId: 'shelter-a' }))).resolves.toBe('processed');
      const SUMMARY = `query ($id: ID!) { person(id: $id) { id summary { ageBand } } }`;
      const summaryOf = async (username: string) => {
        const result = await subgraph.graphql<{ person: { summary: { ageBand: string } | null } | null }>(SUMMARY, { id: personId }, await subgraph.tokenFor(username));
        return result.data?.person?.summary ? 'OK' : String(result.errors?.[0]?.extensions['code'] ?? 'NONE');
      };
      expect(await summaryOf('cm.shelter-a')).toBe('OK');

      // The referral service has not heard of the closure yet: it still answers the placement as ACCEPTED.
      placements.set(personId, [{ referralId, personId, reference, providerAgencyId: 'shelter-a', status: 'ACCEPTED', caseId }]);
      const closed = envelope('case.closed', { caseId, referralId, personId, providerAgencyId: 'shelter-a', status: 'CLOSED', closureType: 'PLANNED_MUTUAL' });
      await expect(consumer.handle(closed)).resolves.toBe('processed');
      await expect(consumer.handle(closed)).resolves.toBe('duplicate');
      const links: Array<{ relationship: string; source_id: string; active: boolean }> = await subgraph.dataSource.query(
        `SELECT relationship, source_id::text, active FROM identification.person_relationship WHERE person_id = $1 AND agency_id = 'shelter-a' ORDER BY relationship`,
        [personId],
      );
      expect(links).toEqual([
        { relationship: 'ACCEPTED_REFERRAL', source_id: referralId, active: false },
        { relationship: 'OPEN_CASE', source_id: caseId, active: false },
        { relationship: 'PENDING_REFERRAL', source_id: referralId, active: false },
      ]);
      for (const username of ['cm.shelter-a', 'head.shelter-a', 'psy.shelter-a']) expect({ username, code: await summaryOf(username) }).toEqual({ username, code: 'FORBIDDEN' });
      expect(askedAbout).toContain(personId);

      // The placement's own end (referral.closed, CASE_CLOSED) arrives later and changes nothing more.
      await expect(
        consumer.handle(fromReferral('referral.closed', { referralId, personId, reference, providerAgencyId: 'shelter-a', reason: 'CASE_CLOSED', transferredToReferralId: null })),
      ).resolves.toBe('processed');
      placements.set(personId, []);
      expect(await summaryOf('cm.shelter-a')).toBe('FORBIDDEN');
      // The RA keeps its mandate.
      expect(await summaryOf('ra.officer')).toBe('OK');
    });
  });
});
