import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Observable } from 'rxjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { ConclusionForm } from './ConclusionForm';
import { conclusionState, type FormalIdentificationItem } from './model';

const CONCLUDED = {
  recordFormalIdentificationConclusion: {
    __typename: 'FormalIdentification',
    id: 'fi-1',
    personId: 'p-1',
    status: 'CONCLUDED',
    requestedAt: '2026-05-01T10:00:00Z',
    dueAt: '2026-05-08T21:59:59Z',
    statementOfWillingness: true,
    policeMemberId: 'police-1',
    socialMemberId: 'social-1',
    convenedAt: '2026-05-02T10:00:00Z',
    scheduledAt: '2026-05-03T10:00:00Z',
    interviewStartedAt: '2026-05-03T10:00:00Z',
    interviewEndedAt: '2026-05-03T11:00:00Z',
    outcome: 'VICTIM',
    reasons: 'Indicators confirmed',
    concludedAt: '2026-05-03T12:00:00Z',
    criminalReports: [],
  },
};

type Answer = (variables: Record<string, unknown>) => { data?: unknown; errors?: unknown[] };

function renderForm(answer: Answer) {
  const sent: Record<string, unknown>[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(operation.variables);
        observer.next(answer(operation.variables) as never);
        observer.complete();
      }),
  );
  let concluded = 0;
  render(
    <I18nextProvider i18n={i18nInstance}>
      <ApolloProvider client={new ApolloClient({ link, cache: new InMemoryCache() })}>
        <ConclusionForm formalIdentificationId="fi-1" onConcluded={() => (concluded += 1)} />
      </ApolloProvider>
    </I18nextProvider>,
  );
  return { sent, user: userEvent.setup(), concludedCount: () => concluded };
}

let i18nInstance: i18n;
beforeAll(async () => {
  i18nInstance = await createI18n('en');
});

describe('the conclusion form', () => {
  it('sends nothing without an outcome and the reasons, and says so beside each field', async () => {
    const { user, sent } = renderForm(() => ({ data: CONCLUDED }));
    await user.click(screen.getByRole('button', { name: 'Record the conclusion' }));
    expect(await screen.findByText('Choose the outcome.')).toBeTruthy();
    expect(screen.getByText("Write the group's reasons.")).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('refuses reasons of blanks only', async () => {
    const { user, sent } = renderForm(() => ({ data: CONCLUDED }));
    await user.click(screen.getByText('Not a victim of trafficking'));
    await user.type(screen.getByLabelText('Reasons of the group'), '    ');
    await user.click(screen.getByRole('button', { name: 'Record the conclusion' }));
    expect(await screen.findByText("Write the group's reasons.")).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('sends the outcome with the reasons trimmed', async () => {
    const { user, sent, concludedCount } = renderForm(() => ({ data: CONCLUDED }));
    await user.click(screen.getByText('Victim of trafficking'));
    await user.type(screen.getByLabelText('Reasons of the group'), '  Indicators confirmed  ');
    await user.click(screen.getByRole('button', { name: 'Record the conclusion' }));
    await waitFor(() => expect(concludedCount()).toBe(1));
    expect(sent).toEqual([{ input: { formalIdentificationId: 'fi-1', outcome: 'VICTIM', reasons: 'Indicators confirmed' } }]);
  });

  it("shows the API's refusal of the reasons beside the field, and a refusal naming no field above the form", async () => {
    let attempt = 0;
    const { user } = renderForm(() => {
      attempt += 1;
      return attempt === 1
        ? { errors: [{ message: 'blank', extensions: { code: 'BAD_USER_INPUT', fields: ['input.reasons'] } }] }
        : { errors: [{ message: 'not a member', extensions: { code: 'FORBIDDEN' } }] };
    });
    await user.click(screen.getByText('Victim of trafficking'));
    await user.type(screen.getByLabelText('Reasons of the group'), 'Indicators confirmed');
    await user.click(screen.getByRole('button', { name: 'Record the conclusion' }));
    expect(await screen.findByText('This value is not accepted. Please check it.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Record the conclusion' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Your role may not do this.');
  });
});

describe('when the conclusion may be recorded', () => {
  const item = (changes: Partial<FormalIdentificationItem>): FormalIdentificationItem => ({
    ...(CONCLUDED.recordFormalIdentificationConclusion as unknown as FormalIdentificationItem),
    status: 'GROUP_CONVENED',
    outcome: null,
    reasons: null,
    concludedAt: null,
    ...changes,
  });

  it('only for a member of this group, once convened and the interview recorded with its end, and only once', () => {
    expect(conclusionState(item({}), 'police-1')).toBe('open');
    expect(conclusionState(item({}), 'social-1')).toBe('open');
    expect(conclusionState(item({}), 'another-member')).toBe('notMember');
    expect(conclusionState(item({}), undefined)).toBe('notMember');
    expect(conclusionState(item({ status: 'REQUESTED', policeMemberId: null, socialMemberId: null }), 'police-1')).toBe('notMember');
    expect(conclusionState(item({ interviewEndedAt: null }), 'social-1')).toBe('interviewNotEnded');
    expect(conclusionState(item({ status: 'CONCLUDED', outcome: 'VICTIM' }), 'police-1')).toBe('concluded');
  });
});
