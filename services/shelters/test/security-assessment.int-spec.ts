import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventEnvelope } from '@nrm/events';
import { startShelters, type SheltersUnderTest } from './shelters-harness';

/*
 * A security assessment sets the person's risk level in identification (docs/domain.md §2 step 4, "Risk level"): the
 * `security.assessed` event in the same transaction as the assessment (durable), and a call to identification's
 * internal endpoint with the case manager's own token (read-your-writes), which reads the assessment back from this
 * service. Identification is stood in for by a small HTTP server that records what it is asked and answers as told.
 */

const RECORD = `mutation ($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id area summary } }`;

interface IdentificationCall {
  method: string;
  path: string;
  authorization: string | undefined;
}

describe('security assessments and the person’s risk level (shelters side)', () => {
  let subgraph: SheltersUnderTest;
  let identification: Server;
  const calls: IdentificationCall[] = [];
  let answerStatus = 200;

  beforeAll(async () => {
    identification = createServer((req: IncomingMessage, res) => {
      calls.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization });
      req.resume();
      res.writeHead(answerStatus, { 'content-type': 'application/json' }).end(JSON.stringify({ applied: true }));
    });
    await new Promise<void>((resolve) => identification.listen(0, '127.0.0.1', resolve));
    const { port } = identification.address() as AddressInfo;
    subgraph = await startShelters({ IDENTIFICATION_INTERNAL_URL: `http://127.0.0.1:${port}` });
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
    await new Promise((resolve) => identification?.close(resolve));
  });

  async function openCase(providerAgencyId = 'shelter-a'): Promise<{ caseId: string; personId: string; reference: string }> {
    const referralId = randomUUID();
    const personId = randomUUID();
    const reference = `NRM-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    const event: EventEnvelope<'referral.accepted'> = {
      id: randomUUID(),
      type: 'referral.accepted',
      aggregateId: referralId,
      payload: { referralId, personId, reference, providerAgencyId },
      occurredAt: new Date().toISOString(),
      correlationId: null,
      producer: 'referral',
    };
    await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');
    const [row] = await subgraph.dataSource.query(`SELECT id FROM shelters.shelter_case WHERE referral_id = $1`, [referralId]);
    return { caseId: row.id, personId, reference };
  }

  async function record(username: string, input: Record<string, unknown>) {
    return subgraph.graphql<{ recordNeedsAssessment: { id: string } }>(RECORD, { input }, await subgraph.tokenFor(username));
  }

  // Every assessment also writes assessment.recorded (the needs assessment deadline, docs/domain.md §4): not this file's concern.
  const eventsOf = (assessmentId: string): Promise<Array<{ type: string; payload: Record<string, unknown> }>> =>
    subgraph.dataSource.query(`SELECT type, payload FROM shelters.outbox_event WHERE aggregate_id = $1 AND type <> 'assessment.recorded'`, [assessmentId]);

  it('writes a security.assessed event with the assessment, ids and the level only, and asks identification at once with the caller’s token', async () => {
    const { caseId, personId, reference } = await openCase();
    calls.length = 0;
    const result = await record('cm.shelter-a', { caseId, area: 'SECURITY', summary: 'HIGH_RISK', notes: 'the recruiter knows the town' });
    expect(result.errors).toBeUndefined();
    const assessmentId = result.data!.recordNeedsAssessment.id;
    const [event] = await eventsOf(assessmentId);
    expect(event!.type).toBe('security.assessed');
    expect(event!.payload).toEqual({
      assessmentId,
      caseId,
      personId,
      reference,
      providerAgencyId: 'shelter-a',
      riskLevel: 'HIGH',
      assessedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(JSON.stringify(event)).not.toContain('recruiter');
    expect(calls).toEqual([
      { method: 'POST', path: `/internal/security-assessments/${assessmentId}/apply`, authorization: `Bearer ${await subgraph.tokenFor('cm.shelter-a')}` },
    ]);
  });

  it('writes no security event and makes no call for the other areas', async () => {
    const { caseId } = await openCase();
    calls.length = 0;
    const result = await record('cm.shelter-a', { caseId, area: 'HEALTH', summary: 'GOOD' });
    expect(await eventsOf(result.data!.recordNeedsAssessment.id)).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('keeps the assessment and its event when identification does not answer: the event brings the level later', async () => {
    const { caseId } = await openCase();
    answerStatus = 500;
    try {
      const result = await record('cm.shelter-a', { caseId, area: 'SECURITY', summary: 'LOW_RISK' });
      expect(result.errors).toBeUndefined();
      expect(await eventsOf(result.data!.recordNeedsAssessment.id)).toHaveLength(1);
    } finally {
      answerStatus = 200;
    }
  });

  it('refuses a security summary of another area’s scale, writing nothing', async () => {
    const { caseId } = await openCase();
    const [{ before }] = await subgraph.dataSource.query(`SELECT count(*)::int AS before FROM shelters.outbox_event WHERE type = 'security.assessed'`);
    const result = await record('cm.shelter-a', { caseId, area: 'SECURITY', summary: 'GOOD' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.summary'] });
    const [{ after }] = await subgraph.dataSource.query(`SELECT count(*)::int AS after FROM shelters.outbox_event WHERE type = 'security.assessed'`);
    expect(after).toBe(before);
  });

  describe('GET /internal/security-assessments/:id, which identification reads the level back from', () => {
    let assessmentId: string;
    let healthId: string;
    let personId: string;

    beforeAll(async () => {
      const opened = await openCase();
      personId = opened.personId;
      assessmentId = (await record('cm.shelter-a', { caseId: opened.caseId, area: 'SECURITY', summary: 'MODERATE_RISK', notes: 'private note' })).data!.recordNeedsAssessment.id;
      healthId = (await record('cm.shelter-a', { caseId: opened.caseId, area: 'HEALTH', summary: 'GOOD' })).data!.recordNeedsAssessment.id;
    });

    it('answers the recording shelter with ids, the level and the time, never the notes', async () => {
      for (const username of ['cm.shelter-a', 'psy.shelter-a']) {
        const answer = await subgraph.get(`/internal/security-assessments/${assessmentId}`, await subgraph.tokenFor(username));
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({ assessmentId, personId, riskLevel: 'MODERATE', assessedAt: expect.any(String) });
        expect(answer.text).not.toContain('private note');
      }
    });

    it('answers another shelter, an unknown id, a malformed id and another area’s assessment alike: 404', async () => {
      const cmB = await subgraph.tokenFor('cm.shelter-b');
      const cmA = await subgraph.tokenFor('cm.shelter-a');
      for (const [path, token] of [
        [`/internal/security-assessments/${assessmentId}`, cmB],
        [`/internal/security-assessments/${randomUUID()}`, cmA],
        [`/internal/security-assessments/not-an-id`, cmA],
        [`/internal/security-assessments/${healthId}`, cmA],
      ] as const) {
        const answer = await subgraph.get(path, token);
        expect({ path, status: answer.status }).toEqual({ path, status: 404 });
        expect(answer.text).not.toContain('MODERATE');
      }
    });

    it('is refused to every role but the shelter team, and without a token', async () => {
      expect((await subgraph.get(`/internal/security-assessments/${assessmentId}`)).status).toBe(401);
      for (const username of ['police.tirana', 'ra.head', 'cpw.tirana', 'coordinator', 'auditor']) {
        const answer = await subgraph.get(`/internal/security-assessments/${assessmentId}`, await subgraph.tokenFor(username));
        expect({ username, status: answer.status }).toEqual({ username, status: 403 });
      }
    });
  });
});
