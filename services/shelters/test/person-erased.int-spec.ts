import { randomUUID } from 'node:crypto';
import type { EventEnvelope, EventPayloads, EventType } from '@nrm/events';
import { startShelters, type SheltersUnderTest } from './shelters-harness';

describe('shelters subgraph: person.erased is recorded on the case rows and erases the needs assessments', () => {
  let subgraph: SheltersUnderTest;

  beforeAll(async () => {
    subgraph = await startShelters();
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  function envelope<T extends EventType>(type: T, payload: EventPayloads[T], occurredAt = new Date()): EventEnvelope<T> {
    return { id: randomUUID(), type, aggregateId: randomUUID(), payload, occurredAt: occurredAt.toISOString(), correlationId: null, producer: 'referral' };
  }

  async function openCase(personId: string, reference: string): Promise<void> {
    const event = envelope('referral.accepted', { referralId: randomUUID(), personId, reference, providerAgencyId: 'shelter-a' });
    await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');
  }

  async function cases(personId: string): Promise<Array<{ status: string; person_erased_at: Date | null }>> {
    return subgraph.dataSource.query(`SELECT status, person_erased_at FROM shelters.shelter_case WHERE person_id = $1 ORDER BY opened_at`, [personId]);
  }

  it("marks every case of the person once, with the first event's time, keeps the rows, and leaves other people's cases alone", async () => {
    const personId = randomUUID();
    const reference = 'NRM-2026-900001';
    const otherPersonId = randomUUID();
    await openCase(personId, reference);
    await openCase(personId, reference);
    await openCase(otherPersonId, 'NRM-2026-900002');

    const event = envelope('person.erased', { personId, reference });
    await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');
    const marked = await cases(personId);
    expect(marked).toHaveLength(2);
    for (const row of marked) expect(row).toEqual({ status: 'ACCEPTED', person_erased_at: new Date(event.occurredAt) });

    await expect(subgraph.consumer.handle(event)).resolves.toBe('duplicate');
    const resent = envelope('person.erased', { personId, reference }, new Date(Date.now() + 60_000));
    await expect(subgraph.consumer.handle(resent)).resolves.toBe('processed');
    expect(await cases(personId)).toEqual(marked);
    expect(await cases(otherPersonId)).toEqual([{ status: 'ACCEPTED', person_erased_at: null }]);
  });

  it("erases what the person's needs assessments say, keeps what they count for, and leaves other people's alone", async () => {
    const personId = randomUUID();
    const otherPersonId = randomUUID();
    await openCase(personId, 'NRM-2026-900003');
    await openCase(otherPersonId, 'NRM-2026-900004');
    const assess = async (person: string, area: string, summary: string, notes: string | null, suicideRisk: boolean): Promise<void> => {
      const [{ id: caseId }] = await subgraph.dataSource.query(`SELECT id FROM shelters.shelter_case WHERE person_id = $1`, [person]);
      await subgraph.dataSource.query(
        `INSERT INTO shelters.needs_assessment (id, case_id, person_id, agency_id, area, summary, notes, suicide_risk, recorded_by, disagreement)
         VALUES ($1, $2, $3, 'shelter-a', $4, $5, $6, $7, 'cm-shelter-a', $8)`,
        [randomUUID(), caseId, person, area, summary, notes, suicideRisk, notes ? 'The psychologist disagrees: she fears her brother' : null],
      );
    };
    await assess(personId, 'HEALTH', 'Untreated injury to the left arm', 'Seen by the clinic on arrival', true);
    await assess(personId, 'PSYCHOSOCIAL', 'Nightmares, startles easily', null, false);
    await assess(otherPersonId, 'HEALTH', 'Diabetes, needs insulin', 'Clinic visit weekly', false);
    const assessments = (person: string): Promise<unknown[]> =>
      subgraph.dataSource.query(
        `SELECT area, summary, notes, disagreement, suicide_risk, agency_id, recorded_by FROM shelters.needs_assessment WHERE person_id = $1 ORDER BY area`,
        [person],
      );
    const otherBefore = await assessments(otherPersonId);

    await expect(subgraph.consumer.handle(envelope('person.erased', { personId, reference: 'NRM-2026-900003' }))).resolves.toBe('processed');
    const erased = { summary: '[erased on request]', notes: null, disagreement: null, suicide_risk: false, agency_id: 'shelter-a', recorded_by: 'cm-shelter-a' };
    expect(await assessments(personId)).toEqual([
      { area: 'HEALTH', ...erased },
      { area: 'PSYCHOSOCIAL', ...erased },
    ]);
    expect(JSON.stringify(await assessments(personId))).not.toMatch(/injury|clinic|Nightmares|brother/i);
    expect(await assessments(otherPersonId)).toEqual(otherBefore);
  });
});
