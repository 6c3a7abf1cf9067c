import { screen, waitFor } from '@testing-library/react';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { renderWithApi, type Answer } from '../../test-support';
import { RetryDialog, type FailedJobRef } from './RetryDialog';

const JOB: FailedJobRef = { id: 'job-1', service: 'referral', queue: 'events.referral', name: 'ReferralCreated' };
const refusal = (code: string): Answer => () => ({ errors: [{ message: 'no', extensions: { code, fields: ['id'] } }] });

let i18nInstance: i18n;
beforeAll(async () => {
  i18nInstance = await createI18n('en');
});

function renderDialog(answer: Answer) {
  const retried: FailedJobRef[] = [];
  const rendered = renderWithApi(<RetryDialog job={JOB} onClose={() => undefined} onRetried={(job) => retried.push(job)} />, i18nInstance, answer);
  return { ...rendered, retried };
}

describe('the retry confirmation', () => {
  it('retries the job named, only when confirmed', async () => {
    const { user, sent, retried } = renderDialog(() => ({ data: { retryFailedJob: true } }));
    expect(screen.getByRole('alertdialog', { name: 'Retry this job?' })).toBeTruthy();
    expect(sent).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(retried).toEqual([JOB]));
    expect(sent.map((entry) => entry.variables)).toEqual([{ service: 'referral', queue: 'events.referral', id: 'job-1' }]);
  });

  it('says in words that the job is gone (NOT_FOUND)', async () => {
    const gone = renderDialog(refusal('NOT_FOUND'));
    await gone.user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/no longer among the failed jobs/)).toBeTruthy();
    expect(gone.retried).toEqual([]);
  });

  it('says a refused event is not retried (CONFLICT)', async () => {
    const refused = renderDialog(refusal('CONFLICT'));
    await refused.user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/it would be refused again/)).toBeTruthy();
    expect(refused.retried).toEqual([]);
  });
});
