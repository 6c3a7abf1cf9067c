import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { envelope, type NotificationsUnderTest, startNotifications, testReference } from './notifications-harness';

jest.setTimeout(60_000);

/**
 * The urgent alert on suicide risk (docs/domain.md §2 step 4, "Urgent findings"): addressed to the shelter's case
 * managers and to its members whose team function, in identification's directory, is psychologist. A stand-in for
 * identification's GET /internal/directory/me answers from the token's subject as the directory would, and counts
 * the calls; `directoryDown` makes it fail.
 */
const PSYCHOLOGISTS = new Set(['psy.shelter-a']);
let directoryDown = false;
let directoryCalls = 0;
let directory: Server;
let service: NotificationsUnderTest;

const MY_NOTIFICATIONS = `query { myNotifications(first: 200) { id kind subjectRef subjectId dueAt } }`;
const MARK_READ = `mutation Read($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;

function usernameOf(authorization: string | undefined): string | null {
  const token = authorization?.replace(/^Bearer /, '');
  const payload = token?.split('.')[1];
  if (!payload) return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { preferred_username?: string };
  return claims.preferred_username ?? null;
}

beforeAll(async () => {
  directory = createServer((request, response) => {
    directoryCalls += 1;
    if (directoryDown || request.url !== '/internal/directory/me') {
      response.writeHead(directoryDown ? 503 : 404).end();
      return;
    }
    const username = usernameOf(request.headers.authorization);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ teamFunction: username && PSYCHOLOGISTS.has(username) ? 'PSYCHOLOGIST' : null }));
  });
  await new Promise<void>((resolve) => directory.listen(0, '127.0.0.1', resolve));
  const { port } = directory.address() as AddressInfo;
  service = await startNotifications({ IDENTIFICATION_INTERNAL_URL: `http://127.0.0.1:${port}`, IDENTIFICATION_TIMEOUT_MS: '2000' });
});

afterAll(async () => {
  await service?.close();
  await new Promise((resolve) => directory?.close(resolve));
});

beforeEach(() => {
  directoryDown = false;
});

function urgentFinding(providerAgencyId = 'shelter-a') {
  return {
    ...envelope('assessment.urgent_finding', {
      assessmentId: randomUUID(),
      caseId: randomUUID(),
      personId: randomUUID(),
      reference: testReference(),
      providerAgencyId,
      kind: 'SUICIDE_RISK' as const,
    }),
    producer: 'shelters' as const,
  };
}

async function about(username: string, caseId: string) {
  const result = await service.graphql<{ myNotifications: Array<{ id: string; kind: string; subjectRef: string; subjectId: string; dueAt: string | null }> }>(
    MY_NOTIFICATIONS,
    {},
    await service.tokenFor(username),
  );
  expect(result.errors).toBeUndefined();
  return (result.data?.myNotifications ?? []).filter((notification) => notification.subjectId === caseId);
}

describe('assessment.urgent_finding', () => {
  it("reaches the shelter's case manager and its psychologist at once, and nobody else", async () => {
    const event = urgentFinding();
    await service.consumer.handle(event);

    const [toCaseManager] = await about('cm.shelter-a', event.payload.caseId);
    expect(toCaseManager).toMatchObject({ kind: 'URGENT_SUICIDE_RISK', subjectRef: event.payload.reference });
    expect(new Date(toCaseManager!.dueAt!).getTime()).toBe(new Date(event.occurredAt).getTime());
    expect(await about('psy.shelter-a', event.payload.caseId)).toEqual([toCaseManager]);
    for (const other of ['head.shelter-a', 'cm.shelter-b', 'ra.officer', 'rdsss.tirana']) {
      expect(await about(other, event.payload.caseId)).toHaveLength(0);
    }
  });

  it('is created once from a redelivered event, and carries no assessment text', async () => {
    const event = urgentFinding();
    await service.consumer.handle(event);
    await service.consumer.handle(event);
    const rows: Array<{ count: number }> = await service.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications.notification WHERE source_event_id = $1`,
      [event.id],
    );
    expect(rows[0]?.count).toBe(1);
  });

  it("of another shelter never reaches shelter-a's psychologist", async () => {
    const event = urgentFinding('shelter-b');
    await service.consumer.handle(event);
    expect(await about('psy.shelter-a', event.payload.caseId)).toHaveLength(0);
    expect(await about('cm.shelter-a', event.payload.caseId)).toHaveLength(0);
    expect(await about('cm.shelter-b', event.payload.caseId)).toHaveLength(1);
  });

  it('fails closed when the directory cannot answer: the case manager still sees it, the team function addresses nobody', async () => {
    const event = urgentFinding();
    await service.consumer.handle(event);
    directoryDown = true;
    expect(await about('psy.shelter-a', event.payload.caseId)).toHaveLength(0);
    expect(await about('cm.shelter-a', event.payload.caseId)).toHaveLength(1);
  });

  it('lets the psychologist mark it read for themselves only', async () => {
    const event = urgentFinding();
    await service.consumer.handle(event);
    const [notification] = await about('psy.shelter-a', event.payload.caseId);
    const read = await service.graphql<{ markNotificationRead: { readAt: string | null } }>(MARK_READ, { id: notification!.id }, await service.tokenFor('psy.shelter-a'));
    expect(read.errors).toBeUndefined();
    expect(read.data?.markNotificationRead.readAt).not.toBeNull();
    const denied = await service.graphql(MARK_READ, { id: notification!.id }, await service.tokenFor('head.shelter-a'));
    expect(denied.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('does not ask the directory for readers of an agency with nothing addressed to a team function', async () => {
    const before = directoryCalls;
    await about('ra.officer', randomUUID());
    expect(directoryCalls).toBe(before);
  });
});
