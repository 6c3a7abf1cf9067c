import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@nrm/events';
import { startShelters, type SheltersUnderTest } from './shelters-harness';

/*
 * Each needs-assessment area ends in its own summary category (docs/domain.md §2 step 4): family, education and
 * employment have their own scales, a LEGAL assessment that found problems names their kinds as codes, and the API
 * lists every area's codes with labels in English and Albanian.
 */

const RECORD = `mutation ($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id area summary legalProblems } }`;
const AREAS = `query ($locale: String) { assessmentAreas(locale: $locale) { area label category summaryCodes { code label } } }`;
const PROBLEMS = `query ($locale: String) { legalProblemTypes(locale: $locale) { code label } }`;

interface AreaInfo {
  area: string;
  label: string;
  category: string;
  summaryCodes: Array<{ code: string; label: string }>;
}

describe('needs-assessment summary codes', () => {
  let subgraph: SheltersUnderTest;
  let caseId: string;

  beforeAll(async () => {
    subgraph = await startShelters();
    const referralId = randomUUID();
    const event: EventEnvelope<'referral.accepted'> = {
      id: randomUUID(),
      type: 'referral.accepted',
      aggregateId: referralId,
      payload: { referralId, personId: randomUUID(), reference: 'NRM-2026-777001', providerAgencyId: 'shelter-a', caseId: randomUUID() },
      occurredAt: new Date().toISOString(),
      correlationId: null,
      producer: 'referral',
    };
    await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');
    caseId = event.payload.caseId!;
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  async function record(input: Record<string, unknown>, username = 'cm.shelter-a') {
    return subgraph.graphql<{ recordNeedsAssessment: { id: string; summary: string; legalProblems: string[] } }>(
      RECORD,
      { input: { caseId, ...input } },
      await subgraph.tokenFor(username),
    );
  }

  async function stored(id: string): Promise<{ summary: string; legal_problems: string[] }> {
    const [row] = await subgraph.dataSource.query(`SELECT summary, legal_problems FROM shelters.needs_assessment WHERE id = $1`, [id]);
    return row;
  }

  it.each([
    ['FAMILY', 'FURTHER_INQUIRY_NEEDED'],
    ['FAMILY', 'NONE'],
    ['EDUCATION', 'NOT_ENROLLED_SECURITY_CONSTRAINTS'],
    ['EDUCATION', 'ATTENDING_WITH_PROBLEMS'],
    ['EMPLOYMENT', 'QUALIFIED_NEEDS_JOB_PLACEMENT'],
    ['ACCOMMODATION', 'INDEPENDENT_HOUSING_PLAN'],
    ['PRE_DEPARTURE', 'REMAIN_IN_COUNTRY'],
  ])('accepts %s with its own code %s', async (area, summary) => {
    const result = await record({ area, summary });
    expect(result.errors).toBeUndefined();
    expect((await stored(result.data!.recordNeedsAssessment.id)).summary).toBe(summary);
  });

  it.each([
    ['FAMILY', 'GOOD', 'RESOLVED, CONSTRAINTS, FURTHER_INQUIRY_NEEDED, NONE'],
    ['EDUCATION', 'SATISFACTORY', 'NOT_INTERESTED, ATTENDING_SUCCESSFULLY'],
    ['EMPLOYMENT', 'DIFFICULTIES_OUTWEIGH_STRENGTHS', 'NOT_INTERESTED, NEEDS_TRAINING, QUALIFIED_NEEDS_JOB_PLACEMENT, UNDECIDED'],
    ['HEALTH', 'RESOLVED', 'GOOD, SATISFACTORY, SOME_DIFFICULTIES, DIFFICULTIES_OUTWEIGH_STRENGTHS'],
  ])('refuses %s with the health scale or another area’s code (%s), listing the valid codes', async (area, summary, expected) => {
    const before = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM shelters.needs_assessment WHERE case_id = $1`, [caseId]);
    const result = await record({ area, summary });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.summary'] });
    expect(result.errors?.[0]?.message).toContain(expected);
    const after = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM shelters.needs_assessment WHERE case_id = $1`, [caseId]);
    expect(after[0].n).toBe(before[0].n);
  });

  it('stores the kinds of legal problem as codes, once each', async () => {
    const result = await record({ area: 'LEGAL', summary: 'PROBLEMS_IDENTIFIED', legalProblems: ['IMMIGRATION_STATUS', 'COMPENSATION_CLAIM'] });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordNeedsAssessment.legalProblems).toEqual(['IMMIGRATION_STATUS', 'COMPENSATION_CLAIM']);
    expect((await stored(result.data!.recordNeedsAssessment.id)).legal_problems).toEqual(['IMMIGRATION_STATUS', 'COMPENSATION_CLAIM']);
  });

  it('requires the kinds of problem when problems were found, and refuses them anywhere else, naming input.legalProblems', async () => {
    for (const input of [
      { area: 'LEGAL', summary: 'PROBLEMS_IDENTIFIED' },
      { area: 'LEGAL', summary: 'PROBLEMS_IDENTIFIED', legalProblems: [] },
      { area: 'LEGAL', summary: 'NONE', legalProblems: ['FAMILY_LAW'] },
      { area: 'HEALTH', summary: 'GOOD', legalProblems: ['CRIMINAL_CHARGES'] },
    ]) {
      const result = await record(input);
      expect({ input, error: result.errors?.[0]?.extensions }).toEqual({ input, error: expect.objectContaining({ code: 'BAD_USER_INPUT', fields: ['input.legalProblems'] }) });
    }
  });

  it('refuses a kind of legal problem no form offers, and free text in its place', async () => {
    for (const legalProblems of [['TAX_EVASION'], ['immigration_status'], ['she was arrested in Durrës']]) {
      const result = await record({ area: 'LEGAL', summary: 'PROBLEMS_IDENTIFIED', legalProblems });
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('lists every area with its category and labelled codes, in English and in Albanian', async () => {
    const token = await subgraph.tokenFor('psy.shelter-a');
    const en = await subgraph.graphql<{ assessmentAreas: AreaInfo[] }>(AREAS, { locale: 'en' }, token);
    const sq = await subgraph.graphql<{ assessmentAreas: AreaInfo[] }>(AREAS, { locale: 'sq' }, token);
    expect(en.errors).toBeUndefined();
    const family = en.data!.assessmentAreas.find((entry) => entry.area === 'FAMILY')!;
    expect(family).toMatchObject({ label: 'Family', category: 'FAMILY' });
    expect(family.summaryCodes.map((code) => code.code)).toEqual(['RESOLVED', 'CONSTRAINTS', 'FURTHER_INQUIRY_NEEDED', 'NONE']);
    expect(en.data!.assessmentAreas.find((entry) => entry.area === 'SECURITY')!.category).toBe('TRAFFICKING_EXPERIENCE');
    expect(en.data!.assessmentAreas.find((entry) => entry.area === 'ACCOMMODATION')!.category).toBe('CONTACT_LOCATION');
    expect(en.data!.assessmentAreas.find((entry) => entry.area === 'PRE_DEPARTURE')!.category).toBe('LEGAL');
    const sqFamily = sq.data!.assessmentAreas.find((entry) => entry.area === 'FAMILY')!;
    expect(sqFamily.label).toBe('Familja');
    expect(sqFamily.summaryCodes.map((code) => code.code)).toEqual(family.summaryCodes.map((code) => code.code));
    expect(sqFamily.summaryCodes.map((code) => code.label)).not.toEqual(family.summaryCodes.map((code) => code.label));
    const problems = await subgraph.graphql<{ legalProblemTypes: Array<{ code: string; label: string }> }>(PROBLEMS, { locale: 'sq' }, token);
    expect(problems.data!.legalProblemTypes.find((entry) => entry.code === 'IMMIGRATION_STATUS')!.label).toBe('Statusi i imigrimit');
  });

  it('keeps the catalogue from callers without a token', async () => {
    const result = await subgraph.graphql(AREAS, { locale: 'en' });
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
