import { type Stack, startStack, waitFor } from '@nrm/testing';
import { mustSucceed, SUBMIT, identificationInput } from './support/nrm-fixtures';

// The RA acknowledgement deadline through the platform with real tokens (docs/domain.md §4): a submission opens it,
// the RA sees it and a shelter does not, the RA's acknowledgement meets it at once, and the whole RA team sees who.

jest.setTimeout(120_000);

const DEADLINES = `query D($filter: DeadlineFilter) { deadlines(first: 10, filter: $filter) { edges { node { id kind subjectRef subjectId dueAt state metBy } } } }`;
const ACKNOWLEDGE = `mutation A($id: ID!) { acknowledgeIdentification(identificationId: $id) { id state metBy closedAt } }`;
const MY_NOTIFICATIONS = `{ myNotifications(first: 200) { kind subjectId acknowledgedBy acknowledgedAt } }`;

interface DeadlineNode {
  id: string;
  kind: string;
  subjectRef: string;
  subjectId: string;
  dueAt: string;
  state: string;
  metBy: string | null;
}

describe('deadlines through the gateway', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function deadlinesOf(username: string, reference: string): Promise<DeadlineNode[]> {
    const result = await stack.graphql<{ deadlines: { edges: Array<{ node: DeadlineNode }> } }>(DEADLINES, { filter: { subjectRef: reference } }, await stack.tokenFor(username));
    expect(result.errors).toBeUndefined();
    return result.data!.deadlines.edges.map((edge) => edge.node);
  }

  it('opens on submission for the RA only, and is met at once by its acknowledgement', async () => {
    const submitted = await mustSucceed<{ submitInitialIdentification: { id: string; person: { reference: string } } }>(stack, 'police.tirana', SUBMIT, {
      input: identificationInput({ givenName: 'Drita', familyName: 'Deadlinetest' }),
    });
    const identificationId = submitted.submitInitialIdentification.id;
    const { reference } = submitted.submitInitialIdentification.person;

    const [opened] = await waitFor(
      async () => {
        const found = await deadlinesOf('ra.officer', reference);
        return found.length > 0 ? found : undefined;
      },
      { timeoutMs: 20_000, description: 'the acknowledgement deadline to open' },
    );
    expect(opened).toMatchObject({ kind: 'RA_ACKNOWLEDGEMENT', subjectRef: reference, subjectId: identificationId, state: 'OPEN', metBy: null });
    expect(new Date(opened!.dueAt).getTime()).toBeGreaterThan(Date.now());
    expect(await deadlinesOf('cm.shelter-a', reference)).toEqual([]);
    expect(await deadlinesOf('head.shelter-a', reference)).toEqual([]);
    const refused = await stack.graphql(DEADLINES, { filter: { agencyId: 'responsible-authority' } }, await stack.tokenFor('cm.shelter-a'));
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const denied = await stack.graphql(ACKNOWLEDGE, { id: identificationId }, await stack.tokenFor('cm.shelter-a'));
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const acknowledged = await mustSucceed<{ acknowledgeIdentification: { state: string; metBy: string; closedAt: string } }>(stack, 'ra.officer', ACKNOWLEDGE, {
      id: identificationId,
    });
    expect(acknowledged.acknowledgeIdentification).toMatchObject({ state: 'MET', metBy: 'ra.officer' });
    // Read-your-writes: the next read shows it met.
    expect(await deadlinesOf('ra.head', reference)).toEqual([expect.objectContaining({ id: opened!.id, state: 'MET', metBy: 'ra.officer' })]);

    // The whole RA team sees who acknowledged, on the identification's notification; nothing names the person.
    const notifications = await mustSucceed<{ myNotifications: Array<{ kind: string; subjectId: string; acknowledgedBy: string | null; acknowledgedAt: string | null }> }>(
      stack,
      'ra.head',
      MY_NOTIFICATIONS,
    );
    const notification = notifications.myNotifications.find((item) => item.kind === 'NEW_IDENTIFICATION' && item.subjectId === identificationId);
    expect(notification).toMatchObject({ acknowledgedBy: 'ra.officer', acknowledgedAt: acknowledged.acknowledgeIdentification.closedAt });
    expect(JSON.stringify(notifications)).not.toMatch(/Drita|Deadlinetest/);

    // Idempotent.
    const again = await mustSucceed<{ acknowledgeIdentification: { closedAt: string } }>(stack, 'ra.head', ACKNOWLEDGE, { id: identificationId });
    expect(again.acknowledgeIdentification.closedAt).toBe(acknowledged.acknowledgeIdentification.closedAt);
  });
});
