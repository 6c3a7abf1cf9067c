import { EventHistoryClient } from './event-history.client';

// A producer's page is checked field by field before anything of it is folded (docs/statistics.md, "Rebuild").

const peer = { service: 'identification' as const, baseUrl: 'http://producer.test' };
const client = new EventHistoryClient({ tokens: { token: async () => 'token', forget: () => undefined }, correlationId: 'c' }, 1_000);

const event = (overrides: Record<string, unknown> = {}) => ({
  id: '0a1b2c3d-0000-4000-8000-000000000001',
  type: 'identification.submitted',
  position: '3',
  occurredAt: '2026-03-01T08:00:00.000Z',
  payload: { personId: 'p' },
  ...overrides,
});

function answering(body: unknown): void {
  jest.spyOn(global, 'fetch').mockResolvedValue(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
}

afterEach(() => jest.restoreAllMocks());

describe('EventHistoryClient#page', () => {
  it('takes a well-formed page, giving times in UTC with milliseconds and positions as text', async () => {
    answering({ events: [event(), event({ position: 4, occurredAt: '2026-03-01T10:00:00+02:00' })], next: 4 });
    const page = await client.page(peer, ['identification.submitted'], '0', 2);
    expect(page.events.map((e) => e.occurredAt)).toEqual(['2026-03-01T08:00:00.000Z', '2026-03-01T08:00:00.000Z']);
    expect(page).toMatchObject({ next: '4', lastPosition: '4' });
  });

  it.each([
    ['an id that is no UUID', { id: 'not-a-uuid' }],
    ['a negative position', { position: -1 }],
    ['a position that is no number', { position: '3a' }],
    ['a time without its offset', { occurredAt: '2026-03-01T08:00:00' }],
    ['a time that does not exist', { occurredAt: '2026-02-30T25:00:00.000Z' }],
    ['a payload that is no object', { payload: ['x'] }],
    ['an event type not asked for', { type: 'referral.created' }],
  ])('refuses a page with %s', async (_, overrides) => {
    answering({ events: [event(overrides)], next: null });
    await expect(client.page(peer, ['identification.submitted'], '0', 1)).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('refuses a page whose next position is malformed', async () => {
    answering({ events: [event()], next: 'later' });
    await expect(client.page(peer, ['identification.submitted'], '0', 1)).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('reads a page that is not all ASCII as UTF-8', async () => {
    answering({ events: [event({ payload: { personId: 'p', region: 'SHKODËR', note: 'ç 🙂' } })], next: null });
    const page = await client.page(peer, ['identification.submitted'], '0', 1);
    expect(page.events[0]?.payload).toEqual({ personId: 'p', region: 'SHKODËR', note: 'ç 🙂' });
  });

  it('refuses a body that is no JSON, naming the producer and nothing of the body', async () => {
    jest.spyOn(global, 'fetch').mockResolvedValue(new Response('{"events": [', { status: 200 }));
    await expect(client.page(peer, ['identification.submitted'], '0', 1)).rejects.toMatchObject({
      code: 'INTERNAL',
      message: 'Statistics rebuild: the identification service answered with a malformed page',
    });
  });
});
