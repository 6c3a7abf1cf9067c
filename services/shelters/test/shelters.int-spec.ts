import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@nrm/events';
import { startShelters, type SheltersUnderTest } from './shelters-harness';

const CASE_FIELDS = `id reference referralId providerAgencyId status phase openedAt person { id }`;
const CASE = `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;
const CASES = `query ($filter: CaseFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) { edges { cursor node { ${CASE_FIELDS} } } pageInfo { hasNextPage endCursor } }
}`;

interface CaseView {
  id: string;
  reference: string;
  referralId: string;
  providerAgencyId: string;
  status: string;
  phase: string | null;
  person: { id: string };
}

interface CasesView {
  cases: { edges: Array<{ node: CaseView }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('shelters subgraph', () => {
  let subgraph: SheltersUnderTest;
  let cmShelterA: string;
  let cmShelterB: string;

  beforeAll(async () => {
    subgraph = await startShelters();
    [cmShelterA, cmShelterB] = await Promise.all(['cm.shelter-a', 'cm.shelter-b'].map((user) => subgraph.tokenFor(user)));
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  /** What the referral service publishes when a provider accepts. */
  function referralAccepted(providerAgencyId = 'shelter-a'): EventEnvelope<'referral.accepted'> {
    const referralId = randomUUID();
    return {
      id: randomUUID(),
      type: 'referral.accepted',
      aggregateId: referralId,
      payload: { referralId, personId: randomUUID(), reference: `NRM-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`, providerAgencyId },
      occurredAt: new Date().toISOString(),
      correlationId: null,
      producer: 'referral',
    };
  }

  async function casesOfReferral(referralId: string): Promise<Array<{ id: string; status: string; provider_agency_id: string; xmin: string }>> {
    return subgraph.dataSource.query(`SELECT id, status, provider_agency_id, xmin::text AS xmin FROM shelters.shelter_case WHERE referral_id = $1`, [referralId]);
  }

  async function caseOpenedEvents(referralId: string): Promise<Array<{ aggregate_id: string; payload: Record<string, unknown>; xmin: string }>> {
    return subgraph.dataSource.query(
      `SELECT aggregate_id, payload, xmin::text AS xmin FROM shelters.outbox_event WHERE type = 'case.opened' AND payload->>'referralId' = $1::text`,
      [referralId],
    );
  }

  async function openCase(providerAgencyId = 'shelter-a'): Promise<{ caseId: string; event: EventEnvelope<'referral.accepted'> }> {
    const event = referralAccepted(providerAgencyId);
    await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');
    const [row] = await casesOfReferral(event.payload.referralId);
    return { caseId: row!.id, event };
  }

  describe('opening a case from referral.accepted', () => {
    it('opens exactly one case and one case.opened event when the same event is delivered twice', async () => {
      const event = referralAccepted();
      await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');
      await expect(subgraph.consumer.handle(event)).resolves.toBe('duplicate');

      const cases = await casesOfReferral(event.payload.referralId);
      expect(cases).toHaveLength(1);
      expect(cases[0]).toMatchObject({ status: 'ACCEPTED', provider_agency_id: 'shelter-a' });
      const events = await caseOpenedEvents(event.payload.referralId);
      expect(events).toHaveLength(1);
      expect(events[0]!.aggregate_id).toBe(cases[0]!.id);
      expect(events[0]!.payload).toEqual({
        caseId: cases[0]!.id,
        referralId: event.payload.referralId,
        personId: event.payload.personId,
        reference: event.payload.reference,
        providerAgencyId: 'shelter-a',
      });
      // The case and its event committed in one transaction.
      expect(events[0]!.xmin).toBe(cases[0]!.xmin);
    });

    it('opens no second case when the same acceptance arrives under another event id', async () => {
      const first = referralAccepted();
      await subgraph.consumer.handle(first);
      await expect(subgraph.consumer.handle({ ...first, id: randomUUID() })).resolves.toBe('processed');
      expect(await casesOfReferral(first.payload.referralId)).toHaveLength(1);
      expect(await caseOpenedEvents(first.payload.referralId)).toHaveLength(1);
    });
  });

  describe('cases and case', () => {
    let shelterACase: { caseId: string; event: EventEnvelope<'referral.accepted'> };
    let shelterBCase: { caseId: string; event: EventEnvelope<'referral.accepted'> };

    beforeAll(async () => {
      shelterACase = await openCase('shelter-a');
      shelterBCase = await openCase('shelter-b');
    });

    async function visibleCaseIds(token: string, filter: Record<string, unknown> = {}): Promise<string[]> {
      const ids: string[] = [];
      let after: string | undefined;
      for (;;) {
        const result = await subgraph.graphql<CasesView>(CASES, { filter, first: 100, after }, token);
        expect(result.errors).toBeUndefined();
        ids.push(...result.data!.cases.edges.map((edge) => edge.node.id));
        if (!result.data!.cases.pageInfo.hasNextPage) return ids;
        after = result.data!.cases.pageInfo.endCursor ?? undefined;
      }
    }

    it("shows shelter-a's case to its case manager and head, to its staff once the case team names them, and not to shelter-b's case manager", async () => {
      expect(await visibleCaseIds(cmShelterA)).toContain(shelterACase.caseId);
      expect(await visibleCaseIds(await subgraph.tokenFor('head.shelter-a'))).toContain(shelterACase.caseId);
      const psy = await subgraph.tokenFor('psy.shelter-a');
      expect(await visibleCaseIds(psy)).not.toContain(shelterACase.caseId);
      // docs/domain.md, "The case track": shelter_staff work only on the cases whose team names them (set here directly;
      // setCaseTeam and its directory check are in case-track.int-spec.ts).
      await subgraph.dataSource.query(`UPDATE shelters.shelter_case SET team_member_ids = $2 WHERE id = $1`, [shelterACase.caseId, ['00000000-0000-4000-8000-000000000010']]);
      expect(await visibleCaseIds(psy)).toContain(shelterACase.caseId);
      const shelterB = await visibleCaseIds(cmShelterB);
      expect(shelterB).not.toContain(shelterACase.caseId);
      expect(shelterB).toContain(shelterBCase.caseId);
    });

    it('serves the case with a person reference and the accepted status', async () => {
      const result = await subgraph.graphql<{ case: CaseView }>(CASE, { id: shelterACase.caseId }, cmShelterA);
      expect(result.errors).toBeUndefined();
      expect(result.data!.case).toMatchObject({
        id: shelterACase.caseId,
        referralId: shelterACase.event.payload.referralId,
        reference: shelterACase.event.payload.reference,
        providerAgencyId: 'shelter-a',
        status: 'ACCEPTED',
        phase: null,
        person: { id: shelterACase.event.payload.personId },
      });
    });

    it("answers FORBIDDEN when shelter-b's case manager asks for shelter-a's case", async () => {
      const result = await subgraph.graphql<{ case: CaseView }>(CASE, { id: shelterACase.caseId }, cmShelterB);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(result.text).not.toContain(shelterACase.event.payload.reference);
    });

    it('filters by status and pages with a cursor', async () => {
      expect(await visibleCaseIds(cmShelterA, { status: 'CLOSED' })).not.toContain(shelterACase.caseId);
      expect(await visibleCaseIds(cmShelterA, { status: 'ACCEPTED' })).toContain(shelterACase.caseId);
      await openCase('shelter-a');
      const page = await subgraph.graphql<CasesView>(CASES, { first: 1 }, cmShelterA);
      expect(page.data!.cases.pageInfo.hasNextPage).toBe(true);
      const next = await subgraph.graphql<CasesView>(CASES, { first: 1, after: page.data!.cases.pageInfo.endCursor }, cmShelterA);
      expect(next.data!.cases.edges[0]!.node.id).not.toBe(page.data!.cases.edges[0]!.node.id);
    });

    it('is FORBIDDEN to roles outside the shelter, and UNAUTHENTICATED without a token', async () => {
      for (const user of ['ra.officer', 'police.tirana', 'coordinator']) {
        const result = await subgraph.graphql(CASES, {}, await subgraph.tokenFor(user));
        expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
      expect((await subgraph.graphql(CASES, {})).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    });

    it("answers an unknown case as another shelter's (FORBIDDEN) and a malformed id with BAD_USER_INPUT", async () => {
      const unknown = await subgraph.graphql(CASE, { id: randomUUID() }, cmShelterA);
      expect(unknown.errors?.map((error) => ({ message: error.message, extensions: error.extensions }))).toEqual([
        { message: 'Not allowed to see this case', extensions: { code: 'FORBIDDEN' } },
      ]);
      expect((await subgraph.graphql(CASE, { id: 'case-1' }, cmShelterA)).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['id'] });
    });
  });
});
