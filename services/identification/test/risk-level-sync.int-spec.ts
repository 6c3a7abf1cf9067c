import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { type BuiltService, freePorts, startBuiltService, type SubgraphUnderTest } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

/*
 * The synchronous path of the risk level (docs/events.md, "security.assessed"), with no event anywhere: identification
 * in-process, its workers off, and the built shelters service as the peer it reads the assessment back from. Only what
 * shelters says about an assessment of the caller's own shelter moves the person's risk level; the call's body never does.
 */

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { person { id reference } } }`;

describe('risk level, synchronous path: identification reads the assessment back from shelters', () => {
  let subgraph: SubgraphUnderTest;
  let shelters: BuiltService;
  let owner: Client;
  let personId: string;
  let reference: string;

  beforeAll(async () => {
    const [port] = await freePorts(1);
    subgraph = await startIdentification({ SHELTERS_INTERNAL_URL: `http://127.0.0.1:${port}` });
    shelters = await startBuiltService('shelters', { port: port!, issuer: subgraph.issuer });
    owner = new Client({ connectionString: process.env['DATABASE_URL'] });
    await owner.connect();
    const result = await subgraph.graphql<{ submitInitialIdentification: { person: { id: string; reference: string } } }>(
      SUBMIT,
      { input: adultInput() },
      await subgraph.tokenFor('police.tirana'),
    );
    ({ id: personId, reference } = result.data!.submitInitialIdentification.person);
  }, 120_000);

  afterAll(async () => {
    await owner?.end();
    await shelters?.stop();
    await subgraph?.close();
  });

  /** A case of the shelter and one assessment on it, written as the shelters service writes them (the peer has no workers). */
  async function assessment(agencyId: string, area: string, summary: string, recordedAt: string): Promise<string> {
    const caseId = randomUUID();
    await owner.query(
      `INSERT INTO shelters.shelter_case (id, person_id, reference, referral_id, provider_agency_id, status) VALUES ($1, $2, $3, $4, $5, 'ACCEPTED')`,
      [caseId, personId, reference, randomUUID(), agencyId],
    );
    const id = randomUUID();
    await owner.query(
      `INSERT INTO shelters.needs_assessment (id, case_id, person_id, agency_id, area, summary, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, caseId, personId, agencyId, area, summary, randomUUID(), recordedAt],
    );
    return id;
  }

  const apply = async (username: string, assessmentId: string, body: Record<string, unknown> = {}) =>
    request(subgraph.app.getHttpServer())
      .post(`/internal/security-assessments/${assessmentId}/apply`)
      .set('authorization', `Bearer ${await subgraph.tokenFor(username)}`)
      .send(body);
  const riskOf = async (): Promise<string> => (await subgraph.dataSource.query(`SELECT risk_level FROM identification.person WHERE id = $1`, [personId]))[0].risk_level;

  it('applies the level shelters reports for its own assessment, and only a later one after it', async () => {
    expect(await riskOf()).toBe('UNKNOWN');
    const moderate = await assessment('shelter-a', 'SECURITY', 'MODERATE_RISK', '2026-02-10T09:00:00Z');
    const answer = await apply('cm.shelter-a', moderate, { riskLevel: 'LOW', personId: randomUUID() });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ applied: true });
    expect(await riskOf()).toBe('MODERATE');
    // Again: nothing changes.
    expect((await apply('psy.shelter-a', moderate)).body).toEqual({ applied: false });
    // An earlier assessment, applied after: nothing changes.
    const earlier = await assessment('shelter-a', 'SECURITY', 'HIGH_RISK', '2026-02-01T09:00:00Z');
    expect((await apply('cm.shelter-a', earlier)).body).toEqual({ applied: false });
    expect(await riskOf()).toBe('MODERATE');
    const later = await assessment('shelter-a', 'SECURITY', 'LOW_RISK', '2026-02-20T09:00:00Z');
    expect((await apply('cm.shelter-a', later)).body).toEqual({ applied: true });
    expect(await riskOf()).toBe('LOW');
  });

  it("refuses another shelter's assessment, another area's and an unknown id alike (404), changing nothing", async () => {
    const other = await assessment('shelter-b', 'SECURITY', 'HIGH_RISK', '2026-03-01T09:00:00Z');
    const health = await assessment('shelter-a', 'HEALTH', 'GOOD', '2026-03-01T09:00:00Z');
    const before = await riskOf();
    for (const [username, id] of [['cm.shelter-a', other], ['cm.shelter-a', health], ['cm.shelter-a', randomUUID()], ['cm.shelter-b', health]] as const) {
      const answer = await apply(username, id);
      expect({ username, id, status: answer.status }).toEqual({ username, id, status: 404 });
    }
    expect(await riskOf()).toBe(before);
    // shelter-b's own assessment is shelter-b's to apply.
    expect((await apply('cm.shelter-b', other)).body).toEqual({ applied: true });
    expect(await riskOf()).toBe('HIGH');
  });
});
