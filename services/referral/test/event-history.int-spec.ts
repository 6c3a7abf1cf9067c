import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { serviceAccountGrant } from '@nrm/testing';
import { type ReferralUnderTest, startReferral } from './referral-harness';

/*
 * GET /internal/events (libs/service-kit, docs/events.md "The published events, in bulk"): the service's published
 * outbox in position order, for the reporting service's rebuild, to its own service account alone (a client-credentials
 * token of nrm-reporting from the dev identity provider, docs/architecture.md "Service accounts"). The referral
 * service stands for every producer: the controller is the service kit's. Each producer's migration OutboxKeepsHistory keeps the rows.
 */

interface Page {
  events: Array<{ id: string; type: string; position: number; occurredAt: string; payload: Record<string, unknown> }>;
  next: number | null;
}

describe('the published events in bulk (real PostgreSQL)', () => {
  let subgraph: ReferralUnderTest;
  /** Every position before this test's rows: other files of the run share the database. */
  let start: number;
  const created: string[] = [];
  const accepted: string[] = [];
  let unpublished: string;
  /** The reporting service's own token, as its rebuild takes it. */
  let reporting: string;

  beforeAll(async () => {
    subgraph = await startReferral();
    reporting = await serviceAccountGrant(subgraph.issuer, 'nrm-reporting');
    const [{ max }] = await subgraph.dataSource.query(`SELECT coalesce(max(position), 0)::text AS max FROM referral.outbox_event`);
    start = Number(max);
    // Written as the relay leaves them: five created and two accepted published, one created still waiting.
    const insert = async (type: string, published: boolean): Promise<string> => {
      const [row] = await subgraph.dataSource.query(
        `INSERT INTO referral.outbox_event (type, aggregate_id, payload, published_at) VALUES ($1, $2, $3::jsonb, $4) RETURNING id`,
        [type, randomUUID(), JSON.stringify({ referralId: randomUUID(), marker: type }), published ? new Date() : null],
      );
      return row.id as string;
    };
    for (const type of ['referral.created', 'referral.accepted', 'referral.created', 'referral.created', 'referral.accepted', 'referral.created']) {
      (type === 'referral.created' ? created : accepted).push(await insert(type, true));
    }
    unpublished = await insert('referral.created', false);
    created.push(await insert('referral.created', true));
  }, 90_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  const ask = (query: string, token: string | null = reporting) => {
    const call = request(subgraph.app.getHttpServer()).get(`/internal/events?${query}`).set('accept', 'application/json');
    return token === null ? call : call.set('authorization', `Bearer ${token}`);
  };

  async function pages(query: string): Promise<Page[]> {
    const found: Page[] = [];
    let after = start;
    for (;;) {
      const response = await ask(`${query}&after=${after}`);
      expect(response.status).toBe(200);
      const page = response.body as Page;
      found.push(page);
      if (page.next === null) return found;
      after = page.next;
    }
  }

  it('pages through the published events of a type oldest first, with where the next page starts, until there are no more', async () => {
    const found = await pages('types=referral.created&limit=2');
    expect(found.map((page) => page.events.length)).toEqual([2, 2, 1]);
    const events = found.flatMap((page) => page.events);
    expect(events.map((event) => event.id)).toEqual(created);
    const positions = events.map((event) => event.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(found[0]!.next).toBe(positions[1]);
    expect(found[2]!.next).toBeNull();
    for (const event of events) {
      expect(Object.keys(event).sort()).toEqual(['id', 'occurredAt', 'payload', 'position', 'type']);
      expect(event).toMatchObject({ type: 'referral.created', payload: { marker: 'referral.created' } });
      expect(new Date(event.occurredAt).toISOString()).toBe(event.occurredAt);
    }
  });

  it('never serves an event the relay has not published', async () => {
    const events = (await pages('types=referral.created,referral.accepted&limit=5000')).flatMap((page) => page.events);
    expect(events.map((event) => event.id)).not.toContain(unpublished);
    // Once published, it is served in its place.
    await subgraph.dataSource.query(`UPDATE referral.outbox_event SET published_at = now() WHERE id = $1`, [unpublished]);
    const after = (await pages('types=referral.created&limit=5000')).flatMap((page) => page.events);
    expect(after.map((event) => event.id)).toEqual([...created.slice(0, 4), unpublished, created[4]]);
    await subgraph.dataSource.query(`UPDATE referral.outbox_event SET published_at = NULL WHERE id = $1`, [unpublished]);
  });

  it('serves only the types asked for, and every type the service produces when none is named', async () => {
    const onlyAccepted = (await pages('types=referral.accepted')).flatMap((page) => page.events);
    expect(onlyAccepted.map((event) => event.id)).toEqual(accepted);
    const both = (await pages('types=referral.accepted,referral.created')).flatMap((page) => page.events);
    expect(both).toHaveLength(7);
    expect(new Set(both.map((event) => event.id))).toEqual(new Set([...created, ...accepted]));
    const all = (await pages('limit=5000')).flatMap((page) => page.events);
    expect(all.map((event) => event.id)).toEqual(both.map((event) => event.id));
  });

  it('defaults to 1000 from the beginning', async () => {
    const response = await ask('types=referral.accepted');
    expect(response.status).toBe(200);
    const page = response.body as Page;
    expect(page.events.length).toBeLessThanOrEqual(1000);
    expect(page.events.map((event) => event.id)).toEqual(expect.arrayContaining(accepted));
  });

  it('refuses a caller without a token, or with a forged one: 401, saying nothing of the events', async () => {
    const [header, payload, signature] = reporting.split('.');
    // The reporting token with its signature altered, and its claims re-encoded to name another client.
    const altered = `${header}.${payload}.${signature!.slice(0, -4)}${signature!.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const renamed = `${header}.${Buffer.from(JSON.stringify({ ...claims, azp: 'nrm-cli' })).toString('base64url')}.${signature}`;
    const refused = [
      await ask('types=referral.created', null),
      await ask('types=referral.created', 'not.a.token'),
      await ask('types=referral.created', altered),
      await ask('types=referral.created', renamed),
      // The shared key this endpoint once took is nothing now.
      await request(subgraph.app.getHttpServer()).get('/internal/events?types=referral.created').set('x-nrm-reporting-key', 'nrm-dev-reporting-events-key'),
    ];
    for (const response of refused) {
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ code: 'UNAUTHENTICATED' });
    }
  });

  it("refuses any user's token, whatever the role, and another service's token: 403", async () => {
    for (const username of ['ra.head', 'admin', 'coordinator', 'cm.shelter-a', 'auditor']) {
      const asUser = await ask('types=referral.created', await subgraph.tokenFor(username));
      expect(asUser.status).toBe(403);
      expect(asUser.body).toEqual({ code: 'FORBIDDEN' });
    }
    // The mail worker's and the directory sync's service accounts are other services: valid tokens, refused here.
    for (const client of ['nrm-notifications', 'nrm-directory']) {
      const asService = await ask('types=referral.created', await serviceAccountGrant(subgraph.issuer, client));
      expect(asService.status).toBe(403);
      expect(asService.body).toEqual({ code: 'FORBIDDEN' });
    }
  });

  it('checks the caller before the parameters: a bad query without the token is still 401', async () => {
    expect((await ask('types=case.opened', null)).status).toBe(401);
    expect((await ask('limit=0', await subgraph.tokenFor('admin'))).status).toBe(403);
  });

  it.each([
    ['another service’s event type', 'types=case.opened', 'types'],
    ['an unknown event type', 'types=referral.created,referral.nonsense', 'types'],
    ['an empty list of types', 'types=', 'types'],
    ['the types given twice', 'types=referral.created&types=referral.accepted', 'types'],
    ['a negative position', 'after=-1', 'after'],
    ['a position that is not a number', 'after=abc', 'after'],
    ['a limit of 0', 'limit=0', 'limit'],
    ['a limit above 5000', 'limit=5001', 'limit'],
    ['a limit that is not a number', 'limit=1e3', 'limit'],
  ])('refuses %s with 400 naming the parameter', async (_, query, field) => {
    const response = await ask(query);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ code: 'BAD_USER_INPUT', fields: [field] });
  });

  it("keeps every event: the service's own role may not delete, truncate or rewrite one, only mark it published", async () => {
    const [id] = created;
    await expect(subgraph.dataSource.query(`DELETE FROM referral.outbox_event WHERE id = $1`, [id])).rejects.toThrow(/permission denied/);
    await expect(subgraph.dataSource.query(`TRUNCATE referral.outbox_event`)).rejects.toThrow(/permission denied/);
    await expect(subgraph.dataSource.query(`UPDATE referral.outbox_event SET payload = '{}'::jsonb WHERE id = $1`, [id])).rejects.toThrow(/permission denied/);
    await expect(subgraph.dataSource.query(`UPDATE referral.outbox_event SET type = 'referral.accepted' WHERE id = $1`, [id])).rejects.toThrow(/permission denied/);
    await subgraph.dataSource.query(`UPDATE referral.outbox_event SET published_at = published_at WHERE id = $1`, [id]);
    const [row] = await subgraph.dataSource.query(`SELECT type, payload FROM referral.outbox_event WHERE id = $1`, [id]);
    expect(row).toMatchObject({ type: 'referral.created', payload: { marker: 'referral.created' } });
  });

  it('accepts the largest page', async () => {
    expect((await ask('types=referral.created&limit=5000')).status).toBe(200);
  });
});
