// The case-page benchmark: what loading a case costs as its records grow, through the gateway.
//
// Setup, through the real workflow: police.tirana identifies three people; ra.officer refers each to shelter-a;
// cm.shelter-a accepts and admits the case. The cases then get N = 0, 10 and 100 of everything that grows over a stay:
// N monitoring contacts, N needs-assessment entries (the areas in turn) and N / 10 reintegration plan versions (each
// signed by the person, so the next save makes a new version), all recorded by cm.shelter-a through the gateway.
//
// Measured: cm.shelter-a loads each case with the query a case page runs (CASE_PAGE: the case, its next contact due,
// its change requests, and on the person the summary, monitoring contacts, plans and every shelter-record category),
// one request at a time, the three cases in a rotating order, round after round. Per request:
// - SQL statements: bench/sql-counter.cjs is preloaded into every subgraph process (NODE_OPTIONS) and counts the
//   statements each one sends to PostgreSQL while serving an HTTP request; the benchmark sums the counters of all
//   subgraphs before and after each request. Requests run one at a time and background work (relay, consumers, jobs)
//   is not counted, so the difference is the request's own statements: the gateway's call into shelters, and
//   shelters' calls into identification (access facts) and the identification subgraph for `person.summary`.
// - latency: from the request to the answer, the counter reads excluded.
// Baseline: the case with no records. Targets: statements do not grow with N; p50 of N = 100 ≤ 2× that of N = 0.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { SUBGRAPHS } from '../infra/scripts/services.mjs';
import {
  ADMIN_URL,
  GATEWAY,
  ISSUER,
  REDIS_URL,
  ROOT,
  createDatabase,
  dropDatabase,
  errorCode,
  fmt,
  graphql,
  passwordToken,
  percentile,
  sleep,
  startPlatform,
  submitPerson,
  waitFor,
} from './lib.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '0,10,100').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);
/** Each subgraph's statement counter listens on its port + 1000 (bench/sql-counter.cjs). */
const COUNTERS = SUBGRAPHS.map((service) => ({ name: service.name, url: `http://127.0.0.1:${service.port + 1000}/` }));

const PROVIDERS = `query { serviceProviders { id agencyId } }`;
const CREATE_REFERRAL = `mutation Refer($input: CreateReferralInput!) { createReferral(input: $input) { id } }`;
const RESPOND = `mutation Respond($input: RespondToReferralInput!) { respondToReferral(input: $input) { id status } }`;
const CASES = `query { cases(first: 100) { edges { node { id person { id } } } } }`;
const ADMIT = `mutation Admit($input: AdmitToCaseInput!) { admitToCase(input: $input) { id status } }`;
const AREAS = `query { assessmentAreas { area summaryCodes { code } } }`;
const ASSESS = `mutation Assess($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id } }`;
const CONTACT = `mutation Contact($input: RecordMonitoringContactInput!) { recordMonitoringContact(input: $input) { contact { id } } }`;
const SAVE_PLAN = `mutation Save($input: SaveReintegrationPlanInput!) { saveReintegrationPlan(input: $input) { version } }`;
const SIGN_PLAN = `mutation Sign($input: SignReintegrationPlanInput!) { signReintegrationPlan(input: $input) { status } }`;

const ENTRY = `id area summary legalProblems notes suicideRisk recordedAt recordedByAgencyId`;
export const CASE_PAGE = `query CasePage($id: ID!) {
  case(id: $id) {
    id reference status phase openedAt admittedAt placementType assessmentsDueAt caseManagerId teamMemberIds
    phaseStartedAt phaseReviewDueAt followUpStartedAt closedAt
    nextMonitoringContactDueAt
    caseManagerChangeRequests { id requestedAt outcome decidedAt }
    person {
      id
      summary { sex ageBand riskLevel }
      monitoringContacts { id caseId mode areas notes contactedAt phase recordedAt recordedByAgencyId }
      reintegrationPlans { id caseId version status guardianRequired personSignedAt caseManagerSignedAt signedAt createdAt objectives { area objective actions { description responsible reviewDate successIndicator } } }
      health { assessments { ${ENTRY} } }
      psychosocial { assessments { ${ENTRY} } }
      legal { assessments { ${ENTRY} } }
      family { assessments { ${ENTRY} } }
      educationEmployment { assessments { ${ENTRY} } }
      security { assessments { ${ENTRY} } }
      accommodation { assessments { ${ENTRY} } }
    }
  }
}`;

async function mustSucceed(token, query, variables) {
  const body = await graphql(GATEWAY, token, query, variables);
  if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${errorCode(body)}`);
  return body.data;
}

/** Sum of the statements every subgraph has served for HTTP requests so far, and the per-statement counts. */
async function statements() {
  const answers = await Promise.all(COUNTERS.map(async (counter) => (await fetch(counter.url)).json()));
  const byText = new Map();
  for (const answer of answers) for (const [text, count] of Object.entries(answer.byText)) byText.set(`${answer.service}: ${text}`, count);
  return { total: answers.reduce((sum, answer) => sum + answer.statements, 0), byService: Object.fromEntries(answers.map((a) => [a.service, a.statements])), byText };
}

/** A case of shelter-a, admitted, with `size` contacts, `size` assessment entries and `size / 10` plan versions. */
async function caseWith(size, tokens, shelterA, runId, summaryCodes) {
  const person = await submitPerson(GATEWAY, tokens.police, `${runId}-c${size}`);
  const referral = await waitFor(`a referral of ${person.reference}`, async () => {
    const body = await graphql(GATEWAY, tokens.ra, CREATE_REFERRAL, { input: { personId: person.id, providerId: shelterA, urgent: false } });
    if (body.errors) throw new Error(errorCode(body));
    return body.data.createReferral;
  });
  await mustSucceed(tokens.cm, RESPOND, { input: { referralId: referral.id, decision: 'ACCEPT' } });
  const caseId = await waitFor(`the case of ${person.reference}`, async () => {
    const data = await mustSucceed(tokens.cm, CASES);
    return data.cases.edges.find((edge) => edge.node.person.id === person.id)?.node.id;
  });
  await mustSucceed(tokens.cm, ADMIT, { input: { caseId, admittedAt: new Date().toISOString(), placementType: 'RESIDENTIAL_SHELTER' } });
  const areas = Object.keys(summaryCodes);
  for (let i = 0; i < size; i++) {
    await mustSucceed(tokens.cm, CONTACT, { input: { caseId, mode: ['VISIT', 'PHONE', 'OFFICE'][i % 3], areas: ['FAMILY', 'HEALTH'], notes: `Contact ${i + 1}` } });
    const area = areas[i % areas.length];
    await mustSucceed(tokens.cm, ASSESS, { input: { caseId, area, summary: summaryCodes[area], notes: `Assessment ${i + 1}`, suicideRisk: false } });
  }
  for (let version = 1; version <= Math.floor(size / 10); version++) {
    const objectives = [{ area: 'EMPLOYMENT', objective: `Objective ${version}`, actions: [{ description: 'CV workshop', responsible: 'PERSON', reviewDate: '2099-05-01', successIndicator: 'CV ready' }] }];
    await mustSucceed(tokens.cm, SAVE_PLAN, { input: { caseId, objectives } });
    await mustSucceed(tokens.cm, SIGN_PLAN, { input: { caseId, version, signatory: 'PERSON' } });
  }
  return { size, caseId, personId: person.id };
}

/** One case-page load: latency, statements, and a check that the records came back in full. */
async function loadPage(token, shelterCase) {
  const before = await statements();
  const started = performance.now();
  const body = await graphql(GATEWAY, token, CASE_PAGE, { id: shelterCase.caseId });
  const ms = performance.now() - started;
  const after = await statements();
  if (body.errors) throw new Error(`the case page of the ${shelterCase.size}-record case: ${errorCode(body)} at ${body.errors[0].path?.join('.')}`);
  const person = body.data.case.person;
  const assessments = ['health', 'psychosocial', 'legal', 'family', 'educationEmployment', 'security', 'accommodation'].reduce((sum, field) => sum + person[field].assessments.length, 0);
  if (person.monitoringContacts.length !== shelterCase.size || assessments !== shelterCase.size) {
    throw new Error(`the ${shelterCase.size}-record case came back with ${person.monitoringContacts.length} contacts, ${assessments} assessments`);
  }
  const byText = new Map([...after.byText].map(([text, count]) => [text, count - (before.byText.get(text) ?? 0)]).filter(([, count]) => count > 0));
  const byService = Object.fromEntries(Object.entries(after.byService).map(([service, count]) => [service, count - before.byService[service]]));
  return { ms, statements: after.total - before.total, byService, byText };
}

async function main() {
  const runId = randomBytes(4).toString('hex');
  const database = `nrm_bench_${runId}`;
  const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${database}`);
  await createDatabase(ADMIN_URL, database);
  const preload = `--require ${join(ROOT, 'bench', 'sql-counter.cjs')}`;
  const platform = startPlatform({
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' '),
  });
  try {
    await platform.ready;
    await waitFor('the statement counters', async () => (await statements()).total >= 0);
    const [police, ra, cm] = await Promise.all(['police.tirana', 'ra.officer', 'cm.shelter-a'].map((user) => passwordToken(ISSUER, user)));
    const tokens = { police, ra, cm };
    const providers = await mustSucceed(ra, PROVIDERS);
    const shelterA = providers.serviceProviders.find((provider) => provider.agencyId === 'shelter-a')?.id;
    if (!shelterA) throw new Error('shelter-a is not among the service providers');
    const areas = (await mustSucceed(cm, AREAS)).assessmentAreas;
    const summaryCodes = Object.fromEntries(areas.map((area) => [area.area, area.summaryCodes[0].code]));

    const setupStarted = Date.now();
    const cases = [];
    for (const size of SIZES) cases.push(await caseWith(size, tokens, shelterA, runId, summaryCodes));
    console.log(`cases of ${SIZES.join(', ')} contacts (as many assessment entries, a tenth as many plan versions) recorded in ${fmt((Date.now() - setupStarted) / 1000)} s`);
    // Let the events of the setup (case.admitted, risk levels, notifications) settle before measuring.
    await sleep(3_000);

    for (let i = 0; i < WARMUP; i++) for (const shelterCase of cases) await loadPage(cm, shelterCase);
    const results = new Map(cases.map((shelterCase) => [shelterCase.size, []]));
    for (let round = 0; round < ROUNDS; round++) {
      const order = cases.map((_, k) => cases[(k + round) % cases.length]);
      for (const shelterCase of order) results.get(shelterCase.size).push(await loadPage(cm, shelterCase));
    }

    const baseline = results.get(SIZES[0]);
    const p = (list, q) => percentile([...list].sort((a, b) => a - b), q);
    const base50 = p(baseline.map((r) => r.ms), 50);
    const base99 = p(baseline.map((r) => r.ms), 99);
    const baseStatements = p(baseline.map((r) => r.statements), 50);
    console.log(`\nThe case page (case, next contact due, change requests; person: summary, contacts, plans, 7 record categories) by cm.shelter-a through the gateway, ${ROUNDS} rounds after ${WARMUP} warm-up rounds`);
    const table = {};
    for (const shelterCase of cases) {
      const list = results.get(shelterCase.size);
      const counts = list.map((r) => r.statements);
      const ms = list.map((r) => r.ms);
      const byService = Object.keys(list[0].byService).filter((service) => list[0].byService[service] > 0).map((service) => `${service} ${p(list.map((r) => r.byService[service]), 50)}`);
      table[`${shelterCase.size} contacts`] = {
        'SQL statements (median)': p(counts, 50),
        'min–max': `${Math.min(...counts)}–${Math.max(...counts)}`,
        'by service (median)': byService.join(', '),
        'vs 0 (statements)': `${fmt(p(counts, 50) / baseStatements, 2)}×`,
        'p50 ms': fmt(p(ms, 50), 2),
        'p99 ms': fmt(p(ms, 99), 2),
        'p50 vs 0': `${fmt(p(ms, 50) / base50, 2)}×`,
        'p99 vs 0': `${fmt(p(ms, 99) / base99, 2)}×`,
      };
    }
    console.table(table);
    const largest = results.get(SIZES[SIZES.length - 1]);
    const grows = p(largest.map((r) => r.statements), 50) > baseStatements;
    const ratio = p(largest.map((r) => r.ms), 50) / base50;
    console.log(`statements ${grows ? 'GROW' : 'do not grow'} with the records (target: they do not); p50 of ${SIZES[SIZES.length - 1]} vs ${SIZES[0]}: ${fmt(ratio, 2)}× (target ≤ 2×) ${ratio <= 2 ? 'met' : 'NOT met'}`);
    console.log(`\nstatements of one load of the ${SIZES[SIZES.length - 1]}-record case, by service and text (last round):`);
    for (const [text, count] of [...largest[largest.length - 1].byText].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${text}`);
  } finally {
    await platform.stop();
    await dropDatabase(ADMIN_URL, database).catch(() => undefined);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
