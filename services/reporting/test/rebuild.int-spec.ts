import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from '@nrm/graphql';
import { authenticateServiceCaller, ClientCredentialsTokens, TokenVerifier } from '@nrm/auth';
import { EVENT_PRODUCERS, type EventConsumer, type EventEnvelope, type ServiceName } from '@nrm/events';
import { createLogger } from '@nrm/logging';
import { describeSchema, startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { Client } from 'pg';
import { DEV_REPORTING_PSEUDONYM_KEY, reportingConfigSchema } from '../src/config';
import { EventHistoryClient } from '../src/read-model/event-history.client';
import { personStub } from '../src/read-model/fact-rows';
import { FoldedHistory } from '../src/read-model/folded-history';
import { type InboxMode, type InboxPlan, ReadModelRepository } from '../src/read-model/read-model.repository';
import { ReadModelService } from '../src/read-model/read-model.service';
import { StatisticsRebuild } from '../src/read-model/statistics-rebuild';
import { reportingDefinition } from '../src/service-definition';
import { knownHistory, readModelRows, submitted } from './statistics-history';

jest.setTimeout(120_000);

// The rebuild (docs/statistics.md, "Rebuild") against stand-in producers serving a known history: the same rows as the
// live consumer wrote from the same events.

/** The reporting service's own client at the dev identity provider (its development secret). */
const REPORTING = { clientId: 'nrm-reporting', clientSecret: 'nrm-dev-secret' };

/**
 * A producer's `GET /internal/events` over a fixed list, as libs/service-kit serves it: positions 1…n, oldest first,
 * to a verified service-account token of nrm-reporting alone (`authenticateServiceCaller`, as the producers check it).
 */
class StandInProducer {
  readonly requests: Array<{ caller: string | undefined; headers: string[]; url: string }> = [];
  /** A misbehaving producer: serves every event it holds, whatever types were asked for. */
  serveAll = false;
  /** A producer failing late: HTTP 500 when asked again after its history was read to the end (the final transaction). */
  failWhenAskedAgain = false;
  /** Published while the rebuild ran: served once the history was read to the end (in the final transaction). */
  publishedMeanwhile: EventEnvelope[] = [];
  private server!: Server;

  constructor(
    readonly events: EventEnvelope[],
    private readonly verifier: TokenVerifier,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    let caller: string | undefined;
    try {
      caller = (await authenticateServiceCaller(this.verifier, request, ['nrm-reporting'])).clientId;
    } catch (error) {
      this.requests.push({ caller: undefined, headers: Object.keys(request.headers), url: request.url ?? '' });
      return void response.writeHead(error instanceof ApiError && error.code === 'FORBIDDEN' ? 403 : 401).end();
    }
    this.requests.push({ caller, headers: Object.keys(request.headers), url: request.url ?? '' });
    if (url.pathname !== '/internal/events') return void response.writeHead(404).end();
    const types = new Set((url.searchParams.get('types') ?? '').split(','));
    const after = Number(url.searchParams.get('after') ?? '0');
    const readToTheEnd = after > 0 && !this.events.some((event, index) => index + 1 > after && types.has(event.type));
    if (this.failWhenAskedAgain && readToTheEnd) return void response.writeHead(500).end();
    if (readToTheEnd) this.events.push(...this.publishedMeanwhile.splice(0));
    const limit = Number(url.searchParams.get('limit'));
    const page = this.events
      .map((event, index) => ({ event, position: index + 1 }))
      .filter(({ event, position }) => position > after && (this.serveAll || types.has(event.type)))
      .slice(0, limit);
    const last = page.at(-1);
    const more = last !== undefined && this.events.some((event, index) => index + 1 > last.position && types.has(event.type));
    response.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        events: page.map(({ event, position }) => ({ id: event.id, type: event.type, position, occurredAt: event.occurredAt, payload: event.payload })),
        next: more ? String(last.position) : null,
      }),
    );
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let service: SubgraphUnderTest;
let consumer: EventConsumer;
let verifier: TokenVerifier;
const producers = new Map<ServiceName, StandInProducer>();

beforeAll(async () => {
  service = await startSubgraph(reportingDefinition);
  if (!service.consumer) throw new Error('reporting consumes events');
  consumer = service.consumer;
  verifier = new TokenVerifier({ issuer: service.issuer, allowedClients: [], clockSkewSeconds: 5 });
});

afterAll(async () => {
  for (const producer of producers.values()) await producer.stop();
  await service?.close();
});

async function serve(history: EventEnvelope[]): Promise<Record<string, string>> {
  for (const producer of producers.values()) await producer.stop();
  producers.clear();
  const urls: Record<string, string> = {};
  for (const service of ['identification', 'referral', 'shelters', 'formal-identification'] as const) {
    const producer = new StandInProducer(history.filter((event) => EVENT_PRODUCERS[event.type] === service), verifier);
    producers.set(service, producer);
    urls[`${service.toUpperCase().replace('-', '_')}_INTERNAL_URL`] = await producer.start();
  }
  return urls;
}

/** The repository, with something done right after the rebuild compared (and copied) the live inbox, before the final transaction. */
class RepositoryAfterInboxCopy extends ReadModelRepository {
  constructor(private readonly meanwhile: () => Promise<unknown>) {
    super(service.dataSource);
  }

  override async planInbox(mode: InboxMode): Promise<InboxPlan> {
    const plan = await super.planInbox(mode);
    await this.meanwhile();
    return plan;
  }
}

/**
 * The two ways the rebuild marks its events in the inbox (`ReadModelRepository.inboxMode`): added to the live inbox
 * (forced by a threshold of -1 rows), or a new inbox renamed into place (forced by a threshold above any inbox here).
 */
const INBOX_MODES = [
  ['merge', -1],
  ['swap', 1_000_000],
] as const;

interface RebuildOptions {
  meanwhile?: () => Promise<unknown>;
  inboxSwapAbove?: number;
}

function rebuilder(urls: Record<string, string>, client = REPORTING, page = '7', batch = '11', options: RebuildOptions = {}): StatisticsRebuild {
  const config = reportingConfigSchema.parse({ ...process.env, ...urls, STATISTICS_REBUILD_PAGE: page, STATISTICS_REBUILD_BATCH: batch, NODE_ENV: 'test' });
  const logger = createLogger('reporting', 'silent');
  const repository = options.meanwhile ? new RepositoryAfterInboxCopy(options.meanwhile) : new ReadModelRepository(service.dataSource);
  const writer = new ReadModelService(repository, { name: 'reporting', schema: 'reporting', mode: 'worker', config, logger });
  // As the rebuild command takes it: a client-credentials token of the client, from the issuer.
  const tokens = new ClientCredentialsTokens({ issuer: service.issuer, ...client, timeoutMs: 5_000 });
  const history = new EventHistoryClient({ tokens, correlationId: randomUUID() }, 5_000);
  return new StatisticsRebuild(repository, writer, history, config, logger, () => performance.now(), { inboxSwapAbove: options.inboxSwapAbove });
}

async function emptyReadModel(): Promise<void> {
  await service.dataSource.query(`TRUNCATE reporting.person_exploitation, reporting.person_fact, reporting.referral_fact, reporting.case_fact, reporting.permit_fact, reporting.erased_person`);
}

/** The rows, with the random keys an erasure leaves (no id of the history leads to them) named alike. */
async function rows(history: EventEnvelope[]) {
  const hmac = (id: string) => createHmac('sha256', DEV_REPORTING_PSEUDONYM_KEY).update(id).digest('hex');
  const known = new Set<string>();
  for (const event of history) for (const value of Object.values(event.payload)) if (typeof value === 'string') known.add(hmac(value));
  const label = (value: unknown) => (typeof value === 'string' && /^[0-9a-f]{64}$/.test(value) && !known.has(value) ? 'ERASED' : value);
  const all = await readModelRows((sql) => service.dataSource.query(sql));
  return Object.fromEntries(
    Object.entries(all).map(([table, list]) => [
      table,
      (list as Array<Record<string, unknown>>)
        .map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).map(([column, value]) => [column, /_key$|merged_into/.test(column) ? label(value) : value]))))
        .sort(),
    ]),
  );
}

/** The reporting schema as the catalogue describes it (tables, indexes, constraints, triggers, grants). */
async function schema(): Promise<string> {
  const client = new Client({ connectionString: (service.dataSource.options as { url?: string }).url });
  await client.connect();
  try {
    return await describeSchema(client, 'reporting');
  } finally {
    await client.end();
  }
}

/** A fixed shuffle, the erasure kept last: the live consumer's order is whatever the queues make it. */
function shuffled(events: EventEnvelope[]): EventEnvelope[] {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const erasures = events.filter((event) => event.type === 'person.erased');
  const rest = events.filter((event) => event.type !== 'person.erased');
  for (let index = rest.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [rest[index], rest[other]] = [rest[other] as EventEnvelope, rest[index] as EventEnvelope];
  }
  return [...rest, ...erasures];
}

describe('npm run statistics:rebuild', () => {
  it('writes exactly the rows the live consumer wrote from the same history, read page by page from every producer', async () => {
    const history = knownHistory(60);
    await emptyReadModel();
    for (const event of shuffled(history)) await consumer.handle(event);
    const live = await rows(history);
    expect(live['person_fact']).toHaveLength(60);
    expect(live['erased_person']).toHaveLength(1);

    const urls = await serve(history);
    const result = await rebuilder(urls).run();
    expect(result.events).toBe(history.length);
    expect(await rows(history)).toEqual(live);
    // Every producer was asked with the reporting service's own token and no shared key, for its own event types only.
    for (const producer of producers.values()) {
      expect(producer.requests.length).toBeGreaterThan(1);
      for (const request of producer.requests) {
        expect(request.caller).toBe('nrm-reporting');
        expect(request.headers).not.toContain('x-nrm-reporting-key');
      }
    }
    expect(producers.get('referral')?.requests[0]?.url).toContain('types=referral.created%2Creferral.accepted%2Creferral.declined');
    // No staging table is left behind.
    const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'reporting' AND table_name LIKE 'rebuild_%'`);
    expect(n).toBe(0);
  });

  it.each(INBOX_MODES)('marks every event it applied in the inbox (%s), so the live copy arriving later is recognised by its id', async (mode, inboxSwapAbove) => {
    const personId = randomUUID();
    const event = submitted(personId, '2026-04-01T08:00:00Z');
    const history = [...knownHistory(8), event];
    await emptyReadModel();
    expect((await rebuilder(await serve(history), REPORTING, '1000', '1000', { inboxSwapAbove }).run()).inbox).toEqual({ mode, missing: history.length });
    const before = await rows(history);
    expect(before['person_fact']).toHaveLength(9);
    await expect(consumer.handle(event)).resolves.toBe('duplicate');
    expect(await rows(history)).toEqual(before);
  });

  it.each(INBOX_MODES)('keeps in the inbox (%s) what the live consumer handled before it ran and after it compared the live inbox', async (mode, inboxSwapAbove) => {
    const history = knownHistory(6);
    await emptyReadModel();
    const before = submitted(randomUUID(), '2026-03-02T08:00:00Z');
    const meanwhile = submitted(randomUUID(), '2026-03-03T08:00:00Z');
    // One event of the history the live consumer has already handled: the rebuild finds it in the live inbox.
    await expect(consumer.handle(history[0] as EventEnvelope)).resolves.toBe('processed');
    await expect(consumer.handle(before)).resolves.toBe('processed');
    const result = await rebuilder(await serve(history), REPORTING, '7', '11', { inboxSwapAbove, meanwhile: () => consumer.handle(meanwhile) }).run();
    expect(result.inbox).toEqual({ mode, missing: history.length - 1 });
    await expect(consumer.handle(before)).resolves.toBe('duplicate');
    await expect(consumer.handle(meanwhile)).resolves.toBe('duplicate');
    for (const event of history) await expect(consumer.handle(event)).resolves.toBe('duplicate');
    // Each event once, under the consumer's name.
    const inbox: Array<{ consumer: string; n: number }> = await service.dataSource.query(
      `SELECT consumer, count(*)::int AS n FROM reporting.inbox_event WHERE event_id = ANY($1::uuid[]) GROUP BY consumer`,
      [[before, meanwhile, ...history].map((event) => event.id)],
    );
    expect(inbox).toEqual([{ consumer: 'reporting', n: history.length + 2 }]);
  });

  it('writes into staging every value as the live writer would store it: arrays, quotes, commas, backslashes, tabs, line ends, empty strings, nulls', async () => {
    const repository = new ReadModelRepository(service.dataSource);
    const folded = new FoldedHistory();
    const odd = ['a"b', 'c,d', 'e\\f', '', 'g\nh', 'NULL', '{x}', 'i\tj', 'k\r\nl', '\\N', '\\.'];
    folded.persons.set('k1', { ...personStub('k1'), sex: '', region: 'x,"y"\t\\N\n\\.', means_of_control: odd, recruiter_relations: [], child_at_exploitation: false, consent_refused: true, exploitation_types: ['A', 'B'] });
    folded.persons.set('k2', { ...personStub('k2'), identified_at: '2026-01-02T03:04:05.000Z', identified_on: '2026-01-02', child_at_exploitation: null });
    await repository.createStaging('merge');
    try {
      await repository.writeStaging(folded, 2);
      const rows: Array<Record<string, unknown>> = await service.dataSource.query(
        `SELECT person_key, sex, region, means_of_control, recruiter_relations, child_at_exploitation, consent_refused, identified_at, identified_on::text AS identified_on
           FROM reporting.rebuild_person_fact ORDER BY person_key`,
      );
      expect(rows).toEqual([
        { person_key: 'k1', sex: '', region: 'x,"y"\t\\N\n\\.', means_of_control: odd, recruiter_relations: [], child_at_exploitation: false, consent_refused: true, identified_at: null, identified_on: null },
        { person_key: 'k2', sex: null, region: null, means_of_control: [], recruiter_relations: [], child_at_exploitation: null, consent_refused: false, identified_at: new Date('2026-01-02T03:04:05.000Z'), identified_on: '2026-01-02' },
      ]);
      expect(await service.dataSource.query(`SELECT person_key, exploitation_type FROM reporting.rebuild_person_exploitation ORDER BY 2`)).toEqual([
        { person_key: 'k1', exploitation_type: 'A' },
        { person_key: 'k1', exploitation_type: 'B' },
      ]);
    } finally {
      await repository.dropStaging();
    }
  });

  it('fails the staging write on a row the table refuses, and leaves its connections usable', async () => {
    const repository = new ReadModelRepository(service.dataSource);
    const folded = new FoldedHistory();
    folded.persons.set('k1', { ...personStub('k1'), citizenship_country: 'ALB' });
    await repository.createStaging('merge');
    try {
      await expect(repository.writeStaging(folded, 2)).rejects.toThrow(/person_fact_citizenship_country_check/);
      // Every connection of the pool answers again (a COPY left half-done would hold its connection).
      const answers = await Promise.all(Array.from({ length: 8 }, () => service.dataSource.query(`SELECT count(*)::int AS n FROM reporting.rebuild_person_fact`)));
      expect(answers.map(([row]) => row.n)).toEqual(Array.from({ length: 8 }, () => 0));
    } finally {
      await repository.dropStaging();
    }
  });

  it("leaves the read model as it was when the producers refuse the token (another service's), or none is given", async () => {
    const history = knownHistory(6);
    await emptyReadModel();
    for (const event of history) await consumer.handle({ ...event, id: randomUUID() });
    const before = await rows(history);
    const staging = async () =>
      (await service.dataSource.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'reporting' AND table_name LIKE 'rebuild_%'`))[0].n;
    // A valid token of the mail worker's service account: the producers answer 403.
    const urls = await serve(history);
    await expect(rebuilder(urls, { clientId: 'nrm-notifications', clientSecret: 'nrm-dev-secret' }).run()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows(history)).toEqual(before);
    expect(await staging()).toBe(0);
    expect([...producers.values()].flatMap((producer) => producer.requests).every((request) => request.caller === undefined)).toBe(true);
    // A wrong secret: the identity provider gives no token, so no producer is asked.
    const asked = [...producers.values()].reduce((sum, producer) => sum + producer.requests.length, 0);
    await expect(rebuilder(urls, { ...REPORTING, clientSecret: 'not-the-secret' }).run()).rejects.toMatchObject({ code: 'INTERNAL' });
    expect([...producers.values()].reduce((sum, producer) => sum + producer.requests.length, 0)).toBe(asked);
    expect(await rows(history)).toEqual(before);
    expect(await staging()).toBe(0);
  });

  it('refuses a producer that serves an event type it was not asked for (another producer\'s), and changes nothing', async () => {
    const history = knownHistory(6);
    await emptyReadModel();
    const urls = await serve(history);
    const identification = producers.get('identification') as StandInProducer;
    identification.serveAll = true;
    identification.events.splice(1, 0, history.find((event) => event.type === 'referral.created') as EventEnvelope);
    await expect(rebuilder(urls).run()).rejects.toMatchObject({ code: 'INTERNAL' });
    expect((await rows(history))['person_fact']).toEqual([]);
  });

  it.each(INBOX_MODES)('puts tables in the live ones\' place (%s) that have their indexes, constraints, triggers and grants, and marks their months stale', async (mode, inboxSwapAbove) => {
    const history = knownHistory(12);
    await emptyReadModel();
    for (const event of history) await consumer.handle({ ...event, id: randomUUID() });
    const before = await schema();
    await service.dataSource.query(`DELETE FROM reporting.statistics_dirty_month`);
    const funnelVersion = async () =>
      Number((await service.dataSource.query(`SELECT coalesce(max(version), 0) AS version FROM reporting.statistics_year_version WHERE measure = 'FUNNEL' AND year = 2026`))[0].version);
    const versionBefore = await funnelVersion();
    expect((await rebuilder(await serve(history), REPORTING, '7', '11', { inboxSwapAbove }).run()).inbox.mode).toBe(mode);
    // The funnel's pattern is computed anew: the rename fires no trigger, the rebuild bumps the version itself.
    expect(await funnelVersion()).toBeGreaterThan(versionBefore);
    expect(await schema()).toBe(before);
    const dirty: Array<{ measure: string }> = await service.dataSource.query(`SELECT DISTINCT measure FROM reporting.statistics_dirty_month ORDER BY 1`);
    expect(dirty.map((row) => row.measure)).toEqual(expect.arrayContaining(['CASES_OPENED', 'IDENTIFICATIONS', 'REFERRALS']));
    // The triggers work on the renamed tables: a live write marks its month again.
    await service.dataSource.query(`DELETE FROM reporting.statistics_dirty_month`);
    await consumer.handle(submitted(randomUUID(), '2026-05-04T08:00:00Z'));
    expect(await service.dataSource.query(`SELECT measure, month::text FROM reporting.statistics_dirty_month WHERE measure = 'IDENTIFICATIONS'`)).toEqual([
      { measure: 'IDENTIFICATIONS', month: '2026-05-01' },
    ]);
  });

  it.each(INBOX_MODES)('leaves the read model, its schema and the inbox (%s) as they were when a producer fails in the final transaction', async (_mode, inboxSwapAbove) => {
    const history = knownHistory(6);
    await emptyReadModel();
    for (const event of history) await consumer.handle({ ...event, id: randomUUID() });
    const before = await rows(history);
    const catalogue = await schema();
    const urls = await serve(history);
    (producers.get('shelters') as StandInProducer).failWhenAskedAgain = true;
    await expect(rebuilder(urls, REPORTING, '1000', '1000', { inboxSwapAbove }).run()).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(await rows(history)).toEqual(before);
    expect(await schema()).toBe(catalogue);
    const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM reporting.inbox_event WHERE event_id = ANY($1::uuid[])`, [history.map((event) => event.id)]);
    expect(n).toBe(0);
    // The live consumer still applies the events the failed rebuild had folded.
    await expect(consumer.handle(history[0] as EventEnvelope)).resolves.toBe('processed');
  });

  it('applies in its final transaction what a producer published while it ran, and marks its month stale', async () => {
    const history = knownHistory(6);
    await emptyReadModel();
    const urls = await serve(history);
    const late = submitted(randomUUID(), '2026-07-15T08:00:00Z');
    (producers.get('identification') as StandInProducer).publishedMeanwhile.push(late);
    await service.dataSource.query(`DELETE FROM reporting.statistics_dirty_month`);
    const result = await rebuilder(urls).run();
    expect(result.events).toBe(history.length + 1);
    expect((await rows([...history, late]))['person_fact']).toHaveLength(7);
    expect(await service.dataSource.query(`SELECT month::text FROM reporting.statistics_dirty_month WHERE measure = 'IDENTIFICATIONS' AND month = '2026-07-01'`)).toEqual([
      { month: '2026-07-01' },
    ]);
    await expect(consumer.handle(late)).resolves.toBe('duplicate');
  });
});
