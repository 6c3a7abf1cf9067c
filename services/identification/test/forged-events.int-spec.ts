import { createPrivateKey, randomUUID, sign } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pino from 'pino';
import { type DeadLetter, deadLetterQueueName, EVENT_JOB_OPTIONS, EventConsumer, type EventEnvelope, eventQueueName, signedBytes } from '@nrm/events';
import { EVENT_HANDLER_SET, type EventHandlerSet, REDIS } from '@nrm/service-kit';
import { runEventKeys, type SubgraphUnderTest, testEventSigner, testEventVerifier, waitFor } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

// Whoever can write to Redis can add a job to the queue identification consumes. A `case.opened` naming shelter-b
// would give shelter-b an open-case relationship, and with it the person's record. Only an envelope signed by the
// service that owns the event type (shelters) with a key identification knows is applied; anything else is
// dead-lettered.

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { person { id reference } } }`;
const PERSON = `query Person($id: ID!) { person(id: $id) { id } }`;

describe('identification consumer: events that were not signed by their producer', () => {
  let subgraph: SubgraphUnderTest;
  let connection: Redis;
  let queue: Queue;
  let deadLetters: Queue;
  let person: { id: string; reference: string };

  beforeAll(async () => {
    subgraph = await startIdentification();
    await subgraph.messaging.startWorkers();
    connection = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    queue = new Queue(eventQueueName('identification'), { connection });
    deadLetters = new Queue(deadLetterQueueName('identification'), { connection });
    const result = await subgraph.graphql<{ submitInitialIdentification: { person: { id: string; reference: string } } }>(
      SUBMIT,
      { input: adultInput() },
      await subgraph.tokenFor('police.tirana'),
    );
    expect(result.errors).toBeUndefined();
    person = result.data!.submitInitialIdentification.person;
  }, 60_000);

  afterAll(async () => {
    await queue?.close();
    await deadLetters?.close();
    await connection?.quit();
    await subgraph?.close();
  });

  /** A case opened at shelter-b for the person, as shelters would announce it. */
  function caseOpened(): EventEnvelope<'case.opened'> {
    const caseId = randomUUID();
    return {
      id: randomUUID(),
      type: 'case.opened',
      aggregateId: caseId,
      payload: { caseId, referralId: randomUUID(), personId: person.id, reference: person.reference, providerAgencyId: 'shelter-b' },
      occurredAt: new Date().toISOString(),
      correlationId: null,
      producer: 'shelters',
    };
  }

  /** Adds the job as an attacker with Redis access would, waits until the consumer is done with it, returns its result. */
  async function publish(id: string, data: unknown): Promise<unknown> {
    await queue.add('case.opened', data, { ...EVENT_JOB_OPTIONS, jobId: id });
    return waitFor(
      async () => {
        const job = await queue.getJob(id);
        return job?.finishedOn !== undefined ? (job.returnvalue ?? job.failedReason) : undefined;
      },
      { timeoutMs: 15_000, description: `the consumer to finish job ${id}` },
    );
  }

  async function shelterBLinks(): Promise<number> {
    const [row] = await subgraph.dataSource.query(
      `SELECT count(*)::int AS n FROM identification.person_relationship WHERE person_id = $1 AND agency_id = 'shelter-b' AND active`,
      [person.id],
    );
    return row.n;
  }

  async function deadLetterOf(id: string): Promise<DeadLetter | undefined> {
    const jobs = await deadLetters.getJobs(['waiting']);
    return jobs.map((job) => job.data as DeadLetter).find((letter) => letter.jobId === id);
  }

  async function shelterBReads(): Promise<string | undefined> {
    const result = await subgraph.graphql<{ person: { id: string } | null }>(PERSON, { id: person.id }, await subgraph.tokenFor('cm.shelter-b'));
    return result.errors?.[0]?.extensions.code ?? (result.data?.person?.id === person.id ? 'READ' : 'NOTHING');
  }

  const forgeries: Array<[string, () => { id: string; data: unknown }, DeadLetter['reason']]> = [
    ['unsigned', () => ({ id: randomUUID(), data: caseOpened() }), 'unsigned'],
    [
      "signed with another service's private key, in shelters' name",
      () => {
        const data = testEventSigner('referral', 'shelters').sign(caseOpened());
        return { id: data.id, data };
      },
      'bad-signature',
    ],
    [
      'signed by shelters, then its payload changed',
      () => {
        const genuine = testEventSigner('shelters').sign({ ...caseOpened(), payload: { ...caseOpened().payload, providerAgencyId: 'shelter-a' } });
        return { id: genuine.id, data: { ...genuine, payload: { ...genuine.payload, providerAgencyId: 'shelter-b' } } };
      },
      'bad-signature',
    ],
    [
      'from a service that does not own case.opened, under its own valid key',
      () => {
        // What a compromised referral service could sign: its own name and key, another service's event type.
        const envelope: EventEnvelope = { ...caseOpened(), producer: 'referral' };
        return { id: envelope.id, data: { ...envelope, ...signAsCompromised('referral', envelope) } };
      },
      'wrong-producer',
    ],
  ];

  it.each(forgeries)('a case.opened %s is dead-lettered and creates no relationship', async (_label, forge, reason) => {
    const { id, data } = forge();
    expect(await publish(id, data)).toBe('dead-lettered');
    expect(await shelterBLinks()).toBe(0);
    expect(await shelterBReads()).toBe('FORBIDDEN');
    const letter = await deadLetterOf(id);
    expect(letter?.reason).toBe(reason);
    expect(letter?.data).toEqual(data);
    const [{ inbox }] = await subgraph.dataSource.query(`SELECT count(*)::int AS inbox FROM identification.inbox_event WHERE event_id::text = $1`, [id]);
    expect(inbox).toBe(0);
  });

  it('logs a refusal with ids and the reason only, never the payload', async () => {
    const lines: string[] = [];
    const consumer = new EventConsumer({
      consumer: 'identification',
      schema: 'identification',
      dataSource: subgraph.dataSource,
      redis: subgraph.app.get<Redis>(REDIS),
      logger: pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) }),
      handlers: subgraph.app.get<EventHandlerSet>(EVENT_HANDLER_SET).handlers(),
      verifier: testEventVerifier(),
    });
    const forged = { ...caseOpened(), correlationId: 'Arta Test' };
    try {
      expect(await consumer.receive(forged, forged.id)).toBe('dead-lettered');
    } finally {
      await consumer.stop();
    }
    expect(lines).toHaveLength(1);
    const logged = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(logged).toMatchObject({ jobId: forged.id, eventType: 'case.opened', producer: 'shelters', reason: 'unsigned' });
    for (const value of [person.id, person.reference, 'shelter-b', 'Arta Test']) expect(lines[0]).not.toContain(value);
  });

  it('applies a case.opened signed by shelters, after which shelter-b reads the person', async () => {
    const genuine = testEventSigner('shelters').sign(caseOpened());
    expect(await publish(genuine.id, genuine)).toBe('processed');
    expect(await shelterBLinks()).toBe(1);
    expect(await shelterBReads()).toBe('READ');
    expect(await deadLetterOf(genuine.id)).toBeUndefined();
  });
});

/** Signs as `service`'s own key would, without EventSigner's refusal to sign an event type the service does not own. */
function signAsCompromised(service: string, envelope: EventEnvelope): { keyId: string; signature: string } {
  const key = runEventKeys()[service]!;
  const privateKey = createPrivateKey({ key: Buffer.from(key.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return { keyId: key.keyId, signature: sign(null, signedBytes({ ...envelope, keyId: key.keyId }), privateKey).toString('base64') };
}
