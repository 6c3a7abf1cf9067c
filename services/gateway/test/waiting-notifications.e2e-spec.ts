import { randomUUID } from 'node:crypto';
import { type Stack, startStack } from '@nrm/testing';
import { submitPerson } from './support/nrm-fixtures';

// A waiting read of myNotifications through the gateway (docs/notifications.md, "Seeing a notification at once"): the
// RA's read, waiting with the list it has, answers with the new identification's notification once the police submit,
// not after its seconds; a shelter's waiting read is not answered by it and never shows it.

jest.setTimeout(120_000);

const WAITING = `query W($waitSeconds: Int, $known: [ID!]) { myNotifications(first: 100, waitSeconds: $waitSeconds, known: $known) { id kind subjectRef } }`;

interface View {
  id: string;
  kind: string;
  subjectRef: string;
}

function uniqueName(): { givenName: string; familyName: string } {
  const tag = randomUUID().replace(/[^a-f]/g, '').slice(0, 8);
  return { givenName: `Drita${tag}`, familyName: `Hoxha${tag}` };
}

describe('waiting reads of notifications through the gateway', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function read(username: string, variables: Record<string, unknown>): Promise<{ list: View[]; ms: number; errors: unknown }> {
    const started = Date.now();
    const result = await stack.graphql<{ myNotifications: View[] }>(WAITING, variables, await stack.tokenFor(username));
    return { list: result.data?.myNotifications ?? [], ms: Date.now() - started, errors: result.errors };
  }

  it("answers the RA's waiting read with a new identification as it commits, and no shelter's", async () => {
    const known = (await read('ra.officer', {})).list.map((notification) => notification.id);
    const shelterKnown = (await read('cm.shelter-a', {})).list.map((notification) => notification.id);
    const ra = read('ra.officer', { waitSeconds: 20, known });
    const shelter = read('cm.shelter-a', { waitSeconds: 3, known: shelterKnown });
    const { reference } = await submitPerson(stack, 'police.tirana', uniqueName());

    const answered = await ra;
    expect(answered.errors).toBeUndefined();
    expect(answered.list.filter((notification) => notification.subjectRef === reference).map((notification) => notification.kind)).toEqual(['NEW_IDENTIFICATION']);
    expect(answered.ms).toBeLessThan(15_000);

    const other = await shelter;
    expect(other.errors).toBeUndefined();
    expect(other.list.map((notification) => notification.subjectRef)).not.toContain(reference);
  });

  it('refuses a wait longer than the gateway would hold, naming the field', async () => {
    const refused = await stack.graphql(WAITING, { waitSeconds: 60, known: [] }, await stack.tokenFor('ra.officer'));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['waitSeconds'] });
  });
});
