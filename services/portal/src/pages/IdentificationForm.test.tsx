import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import type { LocalDraft, LocalDraftStore } from '../offline-drafts';
import { renderWithApi, type Answer, type Sent } from '../test-support';
import { draftPayload, readDraftPayload } from './identification-drafts';
import { IdentificationForm } from './IdentificationForm';

const CATALOGUE = {
  indicatorCatalog: [
    { __typename: 'Indicator', code: 'A01', group: 'ACT', appliesTo: 'ALL', label: 'Deceptive offer' },
    { __typename: 'Indicator', code: 'B01', group: 'MEANS', appliesTo: 'ADULT', label: 'Debt bondage' },
    { __typename: 'Indicator', code: 'C01', group: 'PURPOSE', appliesTo: 'ALL', label: 'Unpaid work' },
  ],
  regions: [{ __typename: 'Region', code: 'TIRANE', label: 'Tiranë' }],
};
const SUBMITTED = {
  submitInitialIdentification: {
    __typename: 'InitialIdentification',
    id: 'ii-1',
    status: 'PRESUMED',
    submittedAt: '2026-05-01T10:00:00Z',
    screening: { __typename: 'Screening', meetsThreshold: true, missingGroups: [] },
    person: { __typename: 'Person', id: 'p-1', reference: 'NRM-2026-000001' },
  },
};


let i18nInstance: i18n;
beforeAll(async () => {
  i18nInstance = await createI18n('en');
});

function renderForm(answer: Answer, options: { localDrafts?: LocalDraftStore; saveDelayMs?: number } = {}) {
  let ids = 0;
  return renderWithApi(
    <IdentificationForm today={new Date('2026-05-01T12:00:00Z')} newRequestId={() => `request-${++ids}`} saveDelayMs={options.saveDelayMs ?? 60_000} localDrafts={options.localDrafts} />,
    i18nInstance,
    answer,
  );
}

const savedDraft = (clientRequestId: string) => ({
  saveIdentificationDraft: { __typename: 'IdentificationDraft', id: `draft-${clientRequestId}`, clientRequestId, updatedAt: '2026-05-01T12:00:00Z', expiresAt: '2026-05-15T12:00:00Z' },
});

/** Answers the catalogue, the drafts (`drafts`, none by default) and their saving; anything else from `submit`. */
const catalogueOr =
  (submit: () => { data?: unknown; errors?: unknown[] }, drafts: unknown[] = []) =>
  (sent: Sent) => {
    if (sent.operationName === 'IndicatorCatalog') return { data: CATALOGUE };
    if (sent.operationName === 'MyIdentificationDrafts') return { data: { myIdentificationDrafts: drafts } };
    if (sent.operationName === 'SaveIdentificationDraft') return { data: savedDraft((sent.variables['input'] as { clientRequestId: string }).clientRequestId) };
    if (sent.operationName === 'DiscardIdentificationDraft') return { data: { discardIdentificationDraft: true } };
    return submit();
  };

/** Local copies held in memory, opened as the browser's store would open them. */
function memoryStore(): LocalDraftStore & { copies: Map<string, LocalDraft> } {
  const copies = new Map<string, LocalDraft>();
  return {
    copies,
    keep: async (draft) => void copies.set(draft.clientRequestId, draft),
    list: async () => [...copies.values()],
    forget: async (id) => void copies.delete(id),
  };
}

async function fillToReview(user: ReturnType<typeof userEvent.setup>, age = '30') {
  await user.type(screen.getByLabelText('Estimated age (years)'), age);
  await user.click(await screen.findByText('Deceptive offer'));
  if (age !== '' && Number(age) >= 18) await user.click(screen.getByText('Debt bondage'));
  await user.click(screen.getByText('Unpaid work'));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { name: 'Interview' });
  await user.click(screen.getByText('Female'));
  await user.type(screen.getByLabelText('Citizenship'), 'AL');
  await user.click(screen.getByText('Inland'));
  await user.click(screen.getByText('Tiranë'));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { name: 'Immediate needs' });
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { name: 'Review and submit' });
}

describe('the identification form', () => {
  it('shows the threshold as met only with an indicator of each group an adult needs, and names what is missing', async () => {
    const { user } = renderForm(catalogueOr(() => ({ data: SUBMITTED })));
    await user.type(screen.getByLabelText('Estimated age (years)'), '30');
    await user.click(await screen.findByText('Deceptive offer'));
    expect(within(screen.getByTestId('screening')).getByText('Missing groups: Means, Purpose')).toBeTruthy();
    await user.click(screen.getByText('Debt bondage'));
    await user.click(screen.getByText('Unpaid work'));
    expect(within(screen.getByTestId('screening')).getByText(/Threshold met/)).toBeTruthy();
  });

  it('for a child needs no means, and hides the indicators that apply to adults only', async () => {
    const { user } = renderForm(catalogueOr(() => ({ data: SUBMITTED })));
    await user.type(screen.getByLabelText('Estimated age (years)'), '15');
    await user.click(await screen.findByText('Deceptive offer'));
    await user.click(screen.getByText('Unpaid work'));
    expect(screen.queryByText('Debt bondage')).toBeNull();
    expect(within(screen.getByTestId('screening')).getByText(/Threshold met/)).toBeTruthy();
  });

  it('refuses an age that is not a whole number of years, beside the field', async () => {
    const { user } = renderForm(catalogueOr(() => ({ data: SUBMITTED })));
    await user.type(screen.getByLabelText('Estimated age (years)'), '130');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Enter a whole number of years from 0 to 120.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Screening' })).toBeTruthy();
  });

  it('does not leave the interview without sex, citizenship, venue and region, and checks the country codes', async () => {
    const { user } = renderForm(catalogueOr(() => ({ data: SUBMITTED })));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Interview' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findAllByText('This is required.')).toHaveLength(4);
    await user.type(screen.getByLabelText('Citizenship'), 'Albania');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Use two-letter country codes, e.g. AL.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Interview' })).toBeTruthy();
  });

  it('sends the names only with consent to the interview', async () => {
    const { user, sent } = renderForm(catalogueOr(() => ({ data: SUBMITTED })));
    await fillToReview(user);
    await user.click(screen.getByRole('button', { name: 'Submit identification' }));
    await screen.findByRole('heading', { name: 'Identification submitted' });
    const input = sent.find((entry) => entry.operationName === 'SubmitInitialIdentification')?.variables['input'] as Record<string, Record<string, unknown>>;
    expect(input['interview']['consentToInterview']).toBe(false);
    expect(input['person']['givenName']).toBeUndefined();
    expect(input['person']['citizenship']).toEqual(['AL']);
    expect(screen.getByText('Reference: NRM-2026-000001')).toBeTruthy();
  });

  it('retries with the same clientRequestId, shows the API refusal beside the field, and a new draft gets a new id', async () => {
    let attempt = 0;
    const { user, sent } = renderForm(
      catalogueOr(() => {
        attempt += 1;
        if (attempt === 1) return { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: ['input.person.citizenship'] } }] };
        return { data: SUBMITTED };
      }),
    );
    await fillToReview(user);
    await user.click(screen.getByRole('button', { name: 'Submit identification' }));
    // The refused field's step, with the message in the user's language beside it.
    await screen.findByRole('heading', { name: 'Interview' });
    expect(screen.getByText('This value is not accepted. Please check it.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Immediate needs' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Review and submit' });
    await user.click(screen.getByRole('button', { name: 'Submit identification' }));
    await screen.findByRole('heading', { name: 'Identification submitted' });
    const ids = sent.filter((entry) => entry.operationName === 'SubmitInitialIdentification').map((entry) => (entry.variables['input'] as { clientRequestId: string }).clientRequestId);
    expect(ids).toEqual(['request-1', 'request-1']);

    await user.click(screen.getByRole('button', { name: 'Start a new identification' }));
    await fillToReview(user);
    await user.click(screen.getByRole('button', { name: 'Submit identification' }));
    await waitFor(() => expect(sent.filter((entry) => entry.operationName === 'SubmitInitialIdentification')).toHaveLength(3));
    expect((sent.filter((entry) => entry.operationName === 'SubmitInitialIdentification').at(-1)?.variables['input'] as { clientRequestId: string }).clientRequestId).toBe('request-2');
  });

  it('shows a refusal that names no field above the form, in the user language', async () => {
    const { user } = renderForm(catalogueOr(() => ({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] })));
    await fillToReview(user);
    await user.click(screen.getByRole('button', { name: 'Submit identification' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Your role may not do this.');
  });
});

describe('the identification draft', () => {
  const draftOnServer = {
    __typename: 'IdentificationDraft',
    id: 'draft-7',
    clientRequestId: 'request-saved',
    payload: JSON.stringify({ version: 1, step: 'interview', fields: { estimatedAge: '30', indicatorCodes: ['A01', 'B01', 'C01'], sex: 'FEMALE', citizenship: 'AL', venue: 'INLAND', region: 'TIRANE' } }),
    createdAt: '2026-05-01T09:00:00Z',
    updatedAt: '2026-05-01T10:00:00Z',
    expiresAt: '2026-05-15T10:00:00Z',
  };

  it('is saved on the server as the user moves on, under the clientRequestId the submission will use', async () => {
    const { user, sent } = renderForm(catalogueOr(() => ({ data: SUBMITTED })), { saveDelayMs: 10 });
    await user.type(screen.getByLabelText('Estimated age (years)'), '30');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Interview' });
    await waitFor(() => expect(screen.getByTestId('draft-state').textContent).toMatch(/^Draft saved/));
    const saves = sent.filter((entry) => entry.operationName === 'SaveIdentificationDraft').map((entry) => entry.variables['input'] as { clientRequestId: string; payload: string; draftId?: string });
    expect(saves.at(-1)?.clientRequestId).toBe('request-1');
    expect(saves.at(-1)?.draftId).toBeUndefined();
    expect(readDraftPayload(saves.at(-1)?.payload ?? '')).toMatchObject({ step: 'interview', fields: { estimatedAge: '30' } });
  });

  it('is listed, resumed where it was left, and submitted once with its own clientRequestId', async () => {
    const { user, sent } = renderForm(catalogueOr(() => ({ data: SUBMITTED }), [draftOnServer]));
    const list = await screen.findByRole('region', { name: 'Your unfinished identifications' });
    expect(within(list).getByText(/step: Interview · 3 indicators/)).toBeTruthy();
    await user.click(within(list).getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Interview' });
    expect((screen.getByLabelText('Citizenship') as HTMLInputElement).value).toBe('AL');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Submit identification' }));
    await screen.findByRole('heading', { name: 'Identification submitted' });
    const submissions = sent.filter((entry) => entry.operationName === 'SubmitInitialIdentification');
    expect(submissions.map((entry) => (entry.variables['input'] as { clientRequestId: string }).clientRequestId)).toEqual(['request-saved']);
  });

  it('is discarded from the list on the server', async () => {
    const { user, sent } = renderForm(catalogueOr(() => ({ data: SUBMITTED }), [draftOnServer]));
    const list = await screen.findByRole('region', { name: 'Your unfinished identifications' });
    await user.click(within(list).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(sent.some((entry) => entry.operationName === 'DiscardIdentificationDraft' && entry.variables['id'] === 'draft-7')).toBe(true));
  });

  it('is kept on the device when the API cannot be reached, and sent when back online', async () => {
    const local = memoryStore();
    let reachable = false;
    const { user, sent } = renderForm(
      (entry) => {
        if (!reachable && entry.operationName === 'SaveIdentificationDraft') throw new TypeError('Failed to fetch');
        return catalogueOr(() => ({ data: SUBMITTED }))(entry);
      },
      { localDrafts: local, saveDelayMs: 10 },
    );
    await user.type(screen.getByLabelText('Estimated age (years)'), '30');
    await waitFor(() => expect(screen.getByTestId('draft-state').textContent).toContain('saved on this device'));
    expect(readDraftPayload(local.copies.get('request-1')?.payload ?? '')?.fields.estimatedAge).toBe('30');

    reachable = true;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(local.copies.size).toBe(0));
    expect(screen.getByTestId('draft-state').textContent).toMatch(/^Draft saved/);
    expect(sent.filter((entry) => entry.operationName === 'SaveIdentificationDraft').at(-1)?.variables['input']).toMatchObject({ clientRequestId: 'request-1' });
  });

  it('sends copies of other drafts kept on the device when the form opens, and drops one the API refuses for good', async () => {
    const local = memoryStore();
    const payload = draftPayload({ step: 'needs', fields: readDraftPayload('{}')!.fields });
    await local.keep({ clientRequestId: 'request-offline', payload, savedAt: '2026-05-01T08:00:00Z' });
    await local.keep({ clientRequestId: 'request-submitted', payload, savedAt: '2026-05-01T07:00:00Z' });
    const { sent } = renderForm(
      (entry) => {
        const input = entry.variables['input'] as { clientRequestId?: string } | undefined;
        if (entry.operationName === 'SaveIdentificationDraft' && input?.clientRequestId === 'request-submitted') {
          return { errors: [{ message: 'submitted', extensions: { code: 'CONFLICT', fields: ['input.clientRequestId'] } }] };
        }
        return catalogueOr(() => ({ data: SUBMITTED }))(entry);
      },
      { localDrafts: local },
    );
    await waitFor(() => expect(local.copies.size).toBe(0));
    expect(sent.filter((entry) => entry.operationName === 'SaveIdentificationDraft').map((entry) => (entry.variables['input'] as { clientRequestId: string }).clientRequestId).sort()).toEqual(['request-offline', 'request-submitted']);
    // The open (new, untouched) draft's state line says nothing of the others.
    expect(screen.getByTestId('draft-state').textContent).toBe('');
  });

  it('leaves no copy on the device once submitted', async () => {
    const local = memoryStore();
    const { user } = renderForm(
      (entry) => {
        if (entry.operationName === 'SaveIdentificationDraft') throw new TypeError('Failed to fetch');
        return catalogueOr(() => ({ data: SUBMITTED }))(entry);
      },
      { localDrafts: local, saveDelayMs: 10 },
    );
    await fillToReview(user);
    await waitFor(() => expect(local.copies.has('request-1')).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Submit identification' }));
    await screen.findByRole('heading', { name: 'Identification submitted' });
    await waitFor(() => expect(local.copies.size).toBe(0));
  });

  it('answers a refusal of the API by saying the draft was not saved, not by keeping it on the device', async () => {
    const local = memoryStore();
    renderForm(
      (entry) =>
        entry.operationName === 'SaveIdentificationDraft' ? { errors: [{ message: 'no', extensions: { code: 'CONFLICT', fields: ['input.clientRequestId'] } }] } : catalogueOr(() => ({ data: SUBMITTED }))(entry),
      { localDrafts: local, saveDelayMs: 10 },
    );
    await userEvent.setup().type(screen.getByLabelText('Estimated age (years)'), '30');
    await waitFor(() => expect(screen.getByTestId('draft-state').textContent).toBe('The draft could not be saved.'));
    expect(local.copies.size).toBe(0);
  });

  it('reads back what it saved, and nothing that is not a field of the form', () => {
    const fields = { ...readDraftPayload('{}')!.fields, givenName: 'Ana', indicatorCodes: ['A01'] };
    expect(readDraftPayload(draftPayload({ step: 'needs', fields }))).toEqual({ step: 'needs', fields });
    expect(readDraftPayload('{"step":"elsewhere","fields":{"givenName":5,"indicatorCodes":[1],"extra":"x"}}')).toEqual({ step: 'screening', fields: readDraftPayload('{}')!.fields });
    expect(readDraftPayload('not json')).toBeUndefined();
  });
});
