// The notification latency benchmark: from `submitInitialIdentification` returning to the first responder until the
// RA's notification of it shows in `myNotifications` (identification's outbox → relay → BullMQ → the notifications
// consumer's inbox transaction → the RA's read), under concurrent submissions; beside a bare BullMQ round trip (a job
// added until a worker starts processing it, on the same Redis, at the same concurrency) measured in the same run.
//
// It starts the platform as `npm start` does, on a throwaway database. BENCH_CONCURRENCY clients (8) each submit
// BENCH_PER_CLIENT identifications (25) one after another, each waiting until the RA sees the last one's notification.
// One RA poller reads `myNotifications` back to back (each read's own time is printed: it bounds how late a
// notification can be seen after it is committed). The bare round trip runs BENCH_BARE jobs (1000) from as many
// concurrent producers, with a worker of that concurrency, while the platform idles beside it.
import { randomBytes } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import pg from 'pg';
import { ADMIN_URL, GATEWAY, ISSUER, REDIS_URL, createDatabase, dropDatabase, errorCode, fmt, percentile, passwordToken, postJson, sleep, startPlatform } from './lib.mjs';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const PER_CLIENT = Number(process.env.BENCH_PER_CLIENT ?? 25);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const BARE = Number(process.env.BENCH_BARE ?? 1000);
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 15_000);

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id } }`;
const INBOX = `query Inbox($waitSeconds: Int, $known: [ID!]) { myNotifications(first: 100, waitSeconds: $waitSeconds, known: $known) { id subjectId kind } }`;
/** How the RA reads: back to back (`poll`), or waiting reads answered when a notification commits (`wait`). */
const READS = (process.env.BENCH_READS ?? 'poll,wait').split(',');
const runId = randomBytes(4).toString('hex');

const input = (label) => ({
  clientRequestId: `bench-latency-${runId}-${label}`,
  person: { givenName: 'Bench', familyName: `Latency ${label}`, dateOfBirth: '1990-01-01', sex: 'FEMALE', citizenship: ['AL'], languages: ['sq'] },
  venue: 'INLAND',
  region: 'TIRANA',
  indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B15_DEBT_BONDAGE', 'C02_FORCED_LABOUR_SERVICES'],
  exploitationTypes: ['FORCED_LABOUR'],
  interview: { consentToInterview: true, language: 'sq' },
  immediateNeeds: ['MEDICAL'],
});

/**
 * The RA's inbox: read back to back (`poll`), or with waiting reads (`wait`: answered once the list holds an id the
 * RA does not have yet, docs/notifications.md); `seen(id)` resolves with the time the id was first seen.
 */
function startPoller(token, mode) {
  const waiting = new Map();
  const seenAt = new Map();
  /** The wall-clock time each was first seen: compared with the rows' server times (same host, same clock). */
  const seenWall = new Map();
  const reads = [];
  let running = true;
  let known = [];
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const variables = mode === 'wait' ? { waitSeconds: 2, known } : {};
      const body = await postJson(GATEWAY, { query: INBOX, variables }, { authorization: `Bearer ${token}` });
      const at = performance.now();
      reads.push(at - started);
      if (body.errors) throw new Error(`myNotifications: ${errorCode(body)}`);
      known = body.data.myNotifications.map((notification) => notification.id);
      for (const notification of body.data.myNotifications) {
        if (notification.kind !== 'NEW_IDENTIFICATION' || seenAt.has(notification.subjectId)) continue;
        seenAt.set(notification.subjectId, at);
        seenWall.set(notification.subjectId, Date.now());
        waiting.get(notification.subjectId)?.(at);
        waiting.delete(notification.subjectId);
      }
      if (mode === 'poll') await sleep(2);
    }
  })();
  return {
    seen: (id) => (seenAt.has(id) ? Promise.resolve(seenAt.get(id)) : new Promise((resolve) => waiting.set(id, resolve))),
    reads,
    seenWall,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

async function submitAndWait(police, poller, label) {
  const body = await postJson(GATEWAY, { query: SUBMIT, variables: { input: input(label) } }, { authorization: `Bearer ${police}` });
  const returned = performance.now();
  const returnedWall = Date.now();
  if (body.errors) throw new Error(`submitInitialIdentification: ${errorCode(body)}`);
  const id = body.data.submitInitialIdentification.id;
  const seen = await poller.seen(id);
  return { id, ms: seen - returned, returnedWall };
}

async function notificationLatency(police, ra, mode) {
  const poller = startPoller(ra, mode);
  try {
    for (let i = 0; i < WARMUP; i++) await submitAndWait(police, poller, `${mode}-warm-${i}`);
    poller.reads.length = 0;
    const latencies = [];
    const ids = [];
    const errors = [];
    const returnedWall = new Map();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, client) => {
        for (let i = 0; i < PER_CLIENT; i++) {
          try {
            const { id, ms, returnedWall: at } = await submitAndWait(police, poller, `${mode}-${client}-${i}`);
            latencies.push(ms);
            ids.push(id);
            returnedWall.set(id, at);
          } catch (error) {
            // A refused submission (a timeout on a loaded machine) has no notification to wait for: counted, not timed.
            errors.push(error instanceof Error ? error.message : String(error));
          }
        }
      }),
    );
    const times = new Map(ids.map((id) => [id, { returned: returnedWall.get(id), seen: poller.seenWall.get(id) }]));
    return { ids, errors, times, latencies: latencies.sort((a, b) => a - b), reads: [...poller.reads].sort((a, b) => a - b) };
  } finally {
    await poller.stop();
  }
}

/** A job added until a worker starts it, from CONCURRENCY producers each waiting for its job before the next. */
async function bareRoundTrip() {
  const url = new URL(REDIS_URL);
  const connection = { host: url.hostname, port: Number(url.port || 6379), db: Number(url.pathname.slice(1) || 0) };
  const name = `bench-roundtrip-${runId}`;
  const started = new Map();
  const worker = new Worker(
    name,
    async (job) => {
      started.get(job.id)?.(performance.now());
    },
    { connection, concurrency: CONCURRENCY },
  );
  const queue = new Queue(name, { connection });
  await worker.waitUntilReady();
  let counter = 0;
  const latencies = [];
  const one = async (measured) => {
    const id = `job-${counter++}`;
    const picked = new Promise((resolve) => started.set(id, resolve));
    const before = performance.now();
    await queue.add('roundtrip', { n: counter }, { jobId: id, removeOnComplete: true });
    const at = await picked;
    started.delete(id);
    if (measured) latencies.push(at - before);
  };
  try {
    for (let i = 0; i < 100; i++) await one(false);
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      for (let i = 0; i < BARE / CONCURRENCY; i++) await one(true);
    }));
  } finally {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
  }
  return latencies.sort((a, b) => a - b);
}

/**
 * Where the time goes, from the rows themselves (server clocks, each a transaction's start): the outbox row's
 * occurred_at (the submission) and published_at (the relay's transaction, before it adds the jobs), and the
 * notifications inbox row's processed_at (the consumer's transaction). The rest of a latency is the consumer's
 * transaction, its commit, and the RA's read that first saw it.
 */
async function stagesOf(databaseUrl, identificationIds, times) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT o.payload->>'identificationId' AS id,
              extract(epoch FROM o.published_at - o.occurred_at) * 1000 AS relay,
              extract(epoch FROM i.processed_at - o.published_at) * 1000 AS queue,
              extract(epoch FROM i.processed_at) * 1000 AS consumed_at
       FROM identification.outbox_event o
       JOIN notifications.inbox_event i ON i.event_id = o.id
       WHERE o.type = 'identification.submitted' AND o.payload->>'identificationId' = ANY($1::text[])`,
      [identificationIds],
    );
    // The submission's answer → the consumer's transaction (the pipeline), and the consumer's transaction → the RA's
    // read that first showed it (its commit and the read): wall clock against the server's, one host.
    for (const row of rows) {
      const { returned, seen } = times.get(row.id) ?? {};
      row.pipeline = returned === undefined ? NaN : Number(row.consumed_at) - returned;
      row.shown = seen === undefined ? NaN : seen - Number(row.consumed_at);
    }
    const values = (key) => rows.map((row) => Number(row[key])).filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
    const figures = (key) => `${fmt(percentile(values(key), 50))} / ${fmt(percentile(values(key), 99))}`;
    return { relay: figures('relay'), queue: figures('queue'), pipeline: figures('pipeline'), shown: figures('shown'), pipelineP50: percentile(values('pipeline'), 50) };
  } finally {
    await client.end();
  }
}

async function main() {
  const database = `nrm_bench_${runId}`;
  const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${database}`);
  await createDatabase(ADMIN_URL, database);
  const platform = startPlatform({ DATABASE_URL: databaseUrl, REDIS_URL, LOG_LEVEL: 'warn', NODE_ENV: 'development' });
  try {
    await platform.ready;
    await sleep(SETTLE_MS);
    const [police, ra] = await Promise.all(['police.tirana', 'ra.officer'].map((user) => passwordToken(ISSUER, user)));
    const bareBefore = await bareRoundTrip();
    const runs = [];
    for (const mode of READS) {
      const { ids, errors, times, latencies, reads } = await notificationLatency(police, ra, mode);
      runs.push({ mode, errors, latencies, reads, stages: await stagesOf(databaseUrl, ids, times) });
    }
    const bareAfter = await bareRoundTrip();
    const bare = [...bareBefore, ...bareAfter].sort((a, b) => a - b);
    const b50 = percentile(bare, 50);
    const b99 = percentile(bare, 99);
    console.log('');
    console.log(`  bare BullMQ   p50 ${fmt(b50, 2)} ms   p99 ${fmt(b99, 2)} ms   (add → a worker starts it; ${bare.length} jobs, half before and half after, ${CONCURRENCY} producers)`);
    for (const { mode, errors, latencies, reads, stages } of runs) {
      const p50 = percentile(latencies, 50);
      const p99 = percentile(latencies, 99);
      console.log('');
      console.log(
        `submitInitialIdentification returned → NEW_IDENTIFICATION in the RA's myNotifications (${mode === 'wait' ? 'waiting reads' : 'reads back to back'}): ${latencies.length} submissions from ${CONCURRENCY} concurrent clients`,
      );
      if (errors.length > 0) console.log(`  ${errors.length} submissions refused (not timed): ${[...new Set(errors)].join('; ')}`);
      console.log(`  notification  p50 ${fmt(p50)} ms   p99 ${fmt(p99)} ms   max ${fmt(latencies.at(-1))} ms   (target: p99 < 1000 ms) ${p99 < 1000 ? 'met' : 'NOT met'}`);
      console.log(`  ratio         p50 ${fmt(p50 / b50)}×   (target: ≤ 3×) ${p50 / b50 <= 3 ? 'met' : 'NOT met'}   p99 ${fmt(p99 / b99)}×`);
      console.log(
        `  stages, p50 / p99 ms: submission → the relay's transaction ${stages.relay}; the relay's transaction → the consumer's ${stages.queue}`,
      );
      console.log(
        `  from the submission's answer: → the consumer's transaction ${stages.pipeline} (p50 ${fmt(stages.pipelineP50 / b50)}× bare); the consumer's transaction → first shown by the RA's read ${stages.shown}`,
      );
      console.log(`  the RA's inbox reads: p50 ${fmt(percentile(reads, 50))} ms   p99 ${fmt(percentile(reads, 99))} ms${mode === 'wait' ? ' (a waiting read lasts until it answers)' : ''}`);
    }
  } finally {
    await platform.stop();
    await dropDatabase(ADMIN_URL, database).catch(() => undefined);
  }
}

await main();
