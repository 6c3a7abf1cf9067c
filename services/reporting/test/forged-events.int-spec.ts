import { createHmac, randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { type DeadLetter, deadLetterQueueName, EVENT_JOB_OPTIONS, type EventEnvelope, eventQueueName } from '@nrm/events';
import { startSubgraph, type SubgraphUnderTest, testEventSigner, waitFor } from '@nrm/testing';
import { DEV_REPORTING_PSEUDONYM_KEY } from '../src/config';
import { reportingDefinition } from '../src/service-definition';
import { envelope, submitted } from './statistics-history';

jest.setTimeout(60_000);

// Whoever can write to Redis can add jobs to events.reporting: a forged identification would be counted, a forged
// erasure would cut a person off. Only events signed by the service that owns their type are written
// (docs/events.md); the rest are dead-lettered and leave no row.

let service: SubgraphUnderTest;
let connection: Redis;
let queue: Queue;
let deadLetters: Queue;

beforeAll(async () => {
  service = await startSubgraph(reportingDefinition);
  await service.messaging.startWorkers();
  connection = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  queue = new Queue(eventQueueName('reporting'), { connection });
  deadLetters = new Queue(deadLetterQueueName('reporting'), { connection });
});

afterAll(async () => {
  await queue?.close();
  await deadLetters?.close();
  await connection?.quit();
  await service?.close();
});

const keyOf = (id: string) => createHmac('sha256', DEV_REPORTING_PSEUDONYM_KEY).update(id).digest('hex');

async function publish(event: { id: string; type: string }): Promise<unknown> {
  await queue.add(event.type, event, { ...EVENT_JOB_OPTIONS, jobId: event.id });
  return waitFor(
    async () => {
      const job = await queue.getJob(event.id);
      return job?.finishedOn !== undefined ? (job.returnvalue ?? job.failedReason) : undefined;
    },
    { timeoutMs: 15_000, description: 'the consumer to finish the job' },
  );
}

async function personRows(personId: string): Promise<number> {
  const [row] = await service.dataSource.query(`SELECT count(*)::int AS n FROM reporting.person_fact WHERE person_key = $1`, [keyOf(personId)]);
  return row.n;
}

describe('reporting consumer: events not signed by their producer', () => {
  it('writes a genuine identification taken off the queue', async () => {
    const personId = randomUUID();
    expect(await publish(testEventSigner('identification').sign(submitted(personId, '2026-02-01T10:00:00Z')))).toBe('processed');
    expect(await personRows(personId)).toBe(1);
  });

  const forgeries: Array<[string, (event: EventEnvelope) => { id: string; type: string }, DeadLetter['reason']]> = [
    ['unsigned', (event) => event, 'unsigned'],
    ["signed with referral's key in identification's name", (event) => testEventSigner('referral', 'identification').sign(event), 'bad-signature'],
  ];

  it.each(forgeries)('an identification %s is dead-lettered and counts nobody', async (_label, forge, reason) => {
    const personId = randomUUID();
    const forged = forge(submitted(personId, '2026-02-01T10:00:00Z'));
    expect(await publish(forged)).toBe('dead-lettered');
    expect(await personRows(personId)).toBe(0);
    const letters = (await deadLetters.getJobs(['waiting'])).map((job) => job.data as DeadLetter);
    expect(letters.find((letter) => letter.jobId === forged.id)?.reason).toBe(reason);
  });

  it('refuses a forged erasure: the person keeps their pseudonym', async () => {
    const personId = randomUUID();
    expect(await publish(testEventSigner('identification').sign(submitted(personId, '2026-02-02T10:00:00Z')))).toBe('processed');
    const forged = testEventSigner('shelters', 'identification').sign(envelope('person.erased', { personId, reference: 'R' }, '2026-02-03T10:00:00Z'));
    expect(await publish(forged)).toBe('dead-lettered');
    expect(await personRows(personId)).toBe(1);
  });
});
