// The consent-withdrawal benchmark: how soon a withdrawn consent stops working, through the gateway.
//
// Setup, through the real workflow: police.tirana identifies a few people; ra.officer refers each to shelter-a
// (createReferral); cm.shelter-a accepts (respondToReferral ACCEPT); the referral.accepted event reaches the
// identification service and cm.shelter-a can read the person's summary (ACCEPTED_REFERRAL).
// Each round: ra.officer grants shelter-a consent to IDENTITY; cm.shelter-a reads identity (must be allowed); ra.officer
// withdraws the grant; the moment withdrawConsent's response has arrived, cm.shelter-a fires the next read and, at the
// same instant, 10 more concurrent reads. A read issued after the withdrawal returned that still carries identity is a
// stale read (target: none). Also printed: the time from the withdrawal returning to the first denied answer.
import { randomBytes } from 'node:crypto';
import {
  ADMIN_URL,
  GATEWAY,
  ISSUER,
  REDIS_URL,
  createDatabase,
  dropDatabase,
  errorCode,
  fmt,
  graphql,
  passwordToken,
  percentile,
  startPlatform,
  submitPerson,
  waitFor,
} from './lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);
const BURST = Number(process.env.BENCH_BURST ?? 10);
const PERSONS = Number(process.env.BENCH_PERSONS ?? 5);

const PROVIDERS = `query { serviceProviders { id agencyId } }`;
const CREATE_REFERRAL = `mutation Refer($input: CreateReferralInput!) { createReferral(input: $input) { id status } }`;
const RESPOND = `mutation Respond($input: RespondToReferralInput!) { respondToReferral(input: $input) { id status } }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id active } }`;
const WITHDRAW = `mutation Withdraw($id: ID!) { withdrawConsent(id: $id, reason: null) { id active withdrawnAt } }`;
const SUMMARY = `query Summary($id: ID!) { person(id: $id) { id summary { sex } } }`;
const IDENTITY = `query Identity($id: ID!) { person(id: $id) { id summary { sex } identity { givenName familyName } } }`;

/** One identity read by the provider: { ms (from `t0`), stale (identity came back), code (of the identity error) }. */
async function readIdentity(token, personId, t0) {
  const body = await graphql(GATEWAY, token, IDENTITY, { id: personId });
  const ms = performance.now() - t0;
  if (!body.data?.person?.summary) throw new Error(`the provider lost the summary: ${errorCode(body)}`);
  const identityError = body.errors?.find((error) => error.path?.includes('identity'));
  return { ms, stale: body.data.person.identity !== null, code: identityError?.extensions?.code };
}

async function main() {
  const runId = randomBytes(4).toString('hex');
  const database = `nrm_bench_${runId}`;
  const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${database}`);
  await createDatabase(ADMIN_URL, database);
  const platform = startPlatform({ DATABASE_URL: databaseUrl, REDIS_URL, LOG_LEVEL: 'warn', NODE_ENV: 'development' });
  try {
    await platform.ready;
    const [police, ra, shelter] = await Promise.all(['police.tirana', 'ra.officer', 'cm.shelter-a'].map((user) => passwordToken(ISSUER, user)));

    const providers = await graphql(GATEWAY, ra, PROVIDERS);
    const shelterA = providers.data?.serviceProviders.find((provider) => provider.agencyId === 'shelter-a');
    if (!shelterA) throw new Error(`shelter-a not among the service providers: ${errorCode(providers)}`);

    const persons = [];
    for (let i = 0; i < PERSONS; i++) {
      const person = await submitPerson(GATEWAY, police, `${runId}-w${i}`);
      // The referral service learns of the person from the identification event; retry until it has.
      const referral = await waitFor(`a referral of ${person.reference}`, async () => {
        const body = await graphql(GATEWAY, ra, CREATE_REFERRAL, { input: { personId: person.id, providerId: shelterA.id, urgent: false } });
        if (body.errors) throw new Error(errorCode(body));
        return body.data.createReferral;
      });
      const accepted = await graphql(GATEWAY, shelter, RESPOND, { input: { referralId: referral.id, decision: 'ACCEPT' } });
      if (accepted.errors) throw new Error(`respondToReferral: ${errorCode(accepted)}`);
      await waitFor(`shelter-a reading ${person.reference}'s summary`, async () => !(await graphql(GATEWAY, shelter, SUMMARY, { id: person.id })).errors);
      persons.push(person);
    }

    const firstDenied = [];
    const nextRead = [];
    const withdrawMs = [];
    const allowedRead = [];
    let reads = 0;
    let stale = 0;
    let nextDenied = 0;
    const codes = new Map();
    for (let round = 0; round < ROUNDS; round++) {
      const person = persons[round % persons.length];
      const granted = await graphql(GATEWAY, ra, GRANT, {
        input: { personId: person.id, granteeAgencyId: 'shelter-a', purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY'], givenBy: 'PERSON', evidenceReference: 'CF-BENCH-1' },
      });
      if (granted.errors) throw new Error(`grantConsent: ${errorCode(granted)}`);
      const before = await readIdentity(shelter, person.id, performance.now());
      allowedRead.push(before.ms);
      if (before.stale !== true) throw new Error(`round ${round + 1}: the grant did not open identity (${before.code})`);

      const started = performance.now();
      const withdrawn = await graphql(GATEWAY, ra, WITHDRAW, { id: granted.data.grantConsent.id });
      const t0 = performance.now();
      if (withdrawn.errors || withdrawn.data.withdrawConsent.active !== false) throw new Error(`withdrawConsent: ${errorCode(withdrawn)}`);
      withdrawMs.push(t0 - started);
      // The very next request, and a burst started at the same instant.
      const results = await Promise.all(Array.from({ length: 1 + BURST }, () => readIdentity(shelter, person.id, t0)));

      reads += results.length;
      for (const result of results) {
        if (result.stale) stale++;
        codes.set(result.code ?? 'none', (codes.get(result.code ?? 'none') ?? 0) + 1);
      }
      if (!results[0].stale) nextDenied++;
      nextRead.push(results[0].ms);
      const denied = results.filter((result) => !result.stale).map((result) => result.ms);
      if (denied.length) firstDenied.push(Math.min(...denied));
    }

    const sorted = (values) => [...values].sort((a, b) => a - b);
    const line = (label, values) => {
      const s = sorted(values);
      console.log(`  ${label.padEnd(70)} p50 ${fmt(percentile(s, 50), 2)} ms  p99 ${fmt(percentile(s, 99), 2)} ms  max ${fmt(s[s.length - 1], 2)} ms  (n=${s.length})`);
    };
    console.log(`\nConsent withdrawal through the gateway: ${ROUNDS} rounds over ${persons.length} people with an accepted referral to shelter-a, 1 + ${BURST} reads issued the moment withdrawConsent returned`);
    console.log(`stale reads: ${stale} of ${reads} (target 0)`);
    console.log(`the very next read was denied in ${nextDenied} of ${ROUNDS} rounds (target: all)`);
    console.log(`identity error codes after withdrawal: ${[...codes].map(([code, n]) => `${code} ${n}`).join(', ')}`);
    console.log('time from withdrawConsent returning to:');
    line('the first denied answer', firstDenied);
    line('the answer to the very next read', nextRead);
    line('(for scale: one allowed identity read, alone, before the withdrawal)', allowedRead);
    line('(for scale: withdrawConsent itself, request to response)', withdrawMs);
  } finally {
    await platform.stop();
    await dropDatabase(ADMIN_URL, database).catch(() => undefined);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
