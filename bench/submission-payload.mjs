// The submission-payload benchmark: what a full initial identification costs against a minimal one.
//
// "Minimal": the fields a first responder must send (person with sex and citizenship, venue, region, one indicator of
// each group, one exploitation type, the interview's consent, one immediate need). "Full": everything the submission
// takes — names, date of birth and estimated age, languages, three identity documents, eight indicators, three
// exploitation types, the whole interview, five immediate needs, four means of control, the recruiter's relation, the
// entry route and the place of exploitation. Both are submitted by police.tirana, each with a fresh clientRequestId.
//
// Measured against the identification subgraph directly, on an extra identification process of the same build started
// as `npm start` starts it, with its workers off (the platform's own identification relays the events; the event is
// the same size for both payloads). The gateway would add the same planning and hop to both and only dilute the ratio.
// The figure is CPU per submission of that process plus PostgreSQL, in paired rounds (minimal and full back to back,
// the order alternating), and the ratio is the median of the per-round ratios: steadier than throughput on a shared
// machine. Target: full <= 1.2x minimal.
import { randomUUID } from 'node:crypto';
import { NODE_FLAGS } from '../infra/scripts/services.mjs';
import {
  ADMIN_URL,
  ISSUER,
  REDIS_URL,
  createDatabase,
  dropDatabase,
  errorCode,
  fmt,
  load,
  measureCpu,
  passwordToken,
  pidsNamed,
  postJson,
  startExtraProcess,
  startPlatform,
} from './lib.mjs';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 3_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const PORT = 4013;

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) {
  submitInitialIdentification(input: $input) { id status person { id reference } screening { meetsThreshold missingGroups } submittedAt }
}`;

function minimalInput() {
  return {
    clientRequestId: `bench-min-${randomUUID()}`,
    person: { sex: 'FEMALE', citizenship: ['AL'] },
    venue: 'INLAND',
    region: 'TIRANA',
    indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B01_THREAT_TO_PERSON', 'C01_SEXUAL_EXPLOITATION'],
    exploitationTypes: ['SEXUAL'],
    interview: { consentToInterview: true },
    immediateNeeds: ['SAFE_ACCOMMODATION'],
  };
}

function fullInput() {
  return {
    clientRequestId: `bench-full-${randomUUID()}`,
    person: {
      givenName: 'Bench',
      familyName: 'Fullpayload',
      dateOfBirth: '1996-05-17',
      estimatedAge: 30,
      sex: 'FEMALE',
      citizenship: ['AL', 'XK'],
      languages: ['sq', 'en', 'it'],
      documents: [
        { type: 'PASSPORT', number: 'BA 1234567', issuingCountry: 'AL', expiresOn: '2031-05-01' },
        { type: 'NATIONAL_ID_CARD', number: 'I90177345', issuingCountry: 'XK', expiresOn: '2029-11-30' },
        { type: 'BIRTH_CERTIFICATE', number: '1996/5521', issuingCountry: 'AL' },
      ],
    },
    venue: 'BORDER',
    region: 'GJIROKASTER',
    indicatorCodes: [
      'A01_RECRUITMENT_DECEPTIVE_OFFER',
      'A05_TRANSPORT_ARRANGED_BY_OTHERS',
      'B01_THREAT_TO_PERSON',
      'B04_FORCE_PHYSICAL_VIOLENCE',
      'B11_FRAUD_WORK_CONDITIONS',
      'B15_DEBT_BONDAGE',
      'C01_SEXUAL_EXPLOITATION',
      'C02_FORCED_LABOUR_SERVICES',
    ],
    exploitationTypes: ['SEXUAL', 'FORCED_LABOUR', 'DOMESTIC_SERVITUDE'],
    interview: { consentToInterview: true, language: 'sq', interpreterUsed: true, privateSetting: true, guardianPresent: false, suspendedForDistress: false },
    immediateNeeds: ['MEDICAL', 'SAFE_ACCOMMODATION', 'FOOD', 'PSYCHOLOGICAL', 'SECURITY'],
    meansOfControl: ['DEBT_BONDAGE', 'WITHHOLDS_DOCUMENTS', 'THREATS', 'RESTRICTS_MOVEMENT'],
    recruiterRelation: 'INTIMATE_PARTNER',
    entryRoute: 'FIRST_RESPONDER',
    placeOfExploitation: 'BOTH',
  };
}

async function main() {
  const runId = Math.random().toString(16).slice(2, 10);
  const database = `nrm_bench_${runId}`;
  const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${database}`);
  await createDatabase(ADMIN_URL, database);
  const platform = startPlatform({ DATABASE_URL: databaseUrl, REDIS_URL, LOG_LEVEL: 'warn', NODE_ENV: 'development' });
  let extra;
  try {
    await platform.ready;
    extra = await startExtraProcess({
      name: 'identification (submission benchmark)',
      args: [...NODE_FLAGS, 'dist/services/identification/src/main.js'],
      env: {
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(PORT),
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseUrl,
        REDIS_URL,
        OIDC_ISSUER: ISSUER,
        OIDC_ALLOWED_CLIENTS: 'nrm-portal,nrm-cli',
        WORKERS_IN_PROCESS: 'false',
        RUN_MIGRATIONS_ON_BOOT: 'false',
        DIRECTORY_SYNC_ON_BOOT: 'false',
      },
      readyUrl: `http://127.0.0.1:${PORT}/health/ready`,
    });
    const url = `http://127.0.0.1:${PORT}/graphql`;
    const token = await passwordToken(ISSUER, 'police.tirana');
    const headers = { authorization: `Bearer ${token}` };
    // Both payloads must be accepted as they are: a refused one would measure the validation path only.
    for (const make of [minimalInput, fullInput]) {
      const body = await postJson(url, { query: SUBMIT, variables: { input: make() } }, headers);
      if (body.errors) throw new Error(`${make.name} refused: ${errorCode(body)} ${body.errors[0]?.message ?? ''}`);
    }

    async function measure(label, make) {
      const groups = { identification: () => [extra.child.pid], postgres: () => pidsNamed('postgres') };
      const { result, cpuMs } = await measureCpu(
        groups,
        () =>
          load({
            concurrency: CONCURRENCY,
            durationMs: DURATION_MS,
            warmupMs: 500,
            task: async () => {
              const body = await postJson(url, { query: SUBMIT, variables: { input: make() } }, headers);
              if (body.errors) throw new Error(errorCode(body));
            },
          }),
        { startAfterMs: 500 },
      );
      const submissions = Math.max(1, result.requests);
      return { label, ...result, identificationMs: cpuMs.identification / submissions, postgresMs: cpuMs.postgres / submissions, cpuMs: (cpuMs.identification + cpuMs.postgres) / submissions };
    }

    // Warm the hot path (V8 compiles it for a few seconds under load) with both payloads before measuring.
    await measure('warm-up minimal', minimalInput);
    await measure('warm-up full', fullInput);
    const rounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? [['minimal', minimalInput], ['full', fullInput]] : [['full', fullInput], ['minimal', minimalInput]];
      const figures = {};
      for (const [label, make] of order) figures[label] = await measure(label, make);
      rounds.push(figures);
    }

    console.log(`\nsubmitInitialIdentification, subgraph direct, ${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000} s per figure, ${ROUNDS} rounds`);
    const table = {};
    rounds.forEach((figures, round) => {
      for (const label of ['minimal', 'full']) {
        const f = figures[label];
        table[`${round + 1} ${label}`] = {
          'req/s': fmt(f.perSecond),
          'p50 ms': fmt(f.p50, 2),
          'p99 ms': fmt(f.p99, 2),
          errors: f.errors,
          'CPU ms / submission': fmt(f.cpuMs, 3),
          'identification ms': fmt(f.identificationMs, 3),
          'PostgreSQL ms': fmt(f.postgresMs, 3),
        };
      }
    });
    console.table(table);
    const median = (values) => {
      const s = [...values].sort((a, b) => a - b);
      return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    };
    const of = (label, part) => median(rounds.map((f) => f[label][part]));
    const ratio = median(rounds.map((f) => f.full.cpuMs / f.minimal.cpuMs));
    console.log(`\nCPU per submission (identification + PostgreSQL), median of ${ROUNDS} rounds (target full <= 1.2x minimal):`);
    console.log(`  minimal ${fmt(of('minimal', 'cpuMs'), 3)} ms (identification ${fmt(of('minimal', 'identificationMs'), 3)}, PostgreSQL ${fmt(of('minimal', 'postgresMs'), 3)})`);
    console.log(`  full    ${fmt(of('full', 'cpuMs'), 3)} ms (identification ${fmt(of('full', 'identificationMs'), 3)}, PostgreSQL ${fmt(of('full', 'postgresMs'), 3)})`);
    console.log(`  full / minimal ${fmt(ratio, 3)}x (per round: ${rounds.map((f) => fmt(f.full.cpuMs / f.minimal.cpuMs, 2)).join(' ')})`);
    // PostgreSQL's figure counts every backend on the machine (pidsNamed): on a shared machine the service's is steadier.
    const serviceRatio = median(rounds.map((f) => f.full.identificationMs / f.minimal.identificationMs));
    console.log(`  identification alone: full / minimal ${fmt(serviceRatio, 3)}x (per round: ${rounds.map((f) => fmt(f.full.identificationMs / f.minimal.identificationMs, 2)).join(' ')})`);
  } finally {
    await extra?.stop();
    await platform.stop();
    await dropDatabase(ADMIN_URL, database).catch(() => undefined);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
