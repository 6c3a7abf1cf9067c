import { screen, waitFor, within } from '@testing-library/react';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { renderWithApi, type Answer } from '../../test-support';
import FailedJobsPage from './FailedJobsPage';

const JOB = { __typename: 'FailedJob', id: 'job-7', service: 'referral', queue: 'events.referral', kind: 'events', name: 'ReferralCreated', failedReason: 'TypeError', attemptsMade: 5, failedAt: '2026-05-01T12:00:00Z' };
const page = (nodes: object[], hasNextPage = false) => ({
  data: { failedJobs: { __typename: 'FailedJobConnection', edges: nodes.map((node) => ({ __typename: 'FailedJobEdge', node })), pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c1' : null } } },
});

let i18nInstance: i18n;
beforeAll(async () => {
  i18nInstance = await createI18n('en');
});

describe('the failed jobs page', () => {
  it('lists a failed job, filters by service from the first page, and asks before retrying', async () => {
    const answer: Answer = (sent) => (sent.operationName === 'FailedJobs' ? page([JOB], true) : { data: { retryFailedJob: true } });
    const { user, sent } = renderWithApi(<FailedJobsPage />, i18nInstance, answer);
    const table = await screen.findByRole('region', { name: 'Failed jobs table' });
    expect(within(table).getByText('ReferralCreated')).toBeTruthy();
    expect(within(table).getByText('TypeError')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(sent.at(-1)?.variables['after']).toBe('c1'));
    await user.selectOptions(screen.getByLabelText('Service'), 'referral');
    await waitFor(() => expect(sent.at(-1)?.variables).toMatchObject({ after: null, filter: { service: 'referral' } }));

    await user.click(within(await screen.findByRole('region', { name: 'Failed jobs table' })).getByRole('button', { name: 'Retry ReferralCreated (job-7)' }));
    expect(await screen.findByRole('alertdialog', { name: 'Retry this job?' })).toBeTruthy();
    expect(sent.some((entry) => entry.operationName === 'RetryFailedJob')).toBe(false);
  });

  it('says when there is none', async () => {
    renderWithApi(<FailedJobsPage />, i18nInstance, () => page([]));
    expect(await screen.findByText('No failed jobs.')).toBeTruthy();
  });
});
