import { screen, waitFor, within } from '@testing-library/react';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { GrantForm } from './GrantForm';
import { renderWithApi, sentInput, type Answer } from '../../test-support';

const AGENCIES = [
  { id: 'shelter-a', name: 'Shelter A', type: 'SHELTER_NGO' },
  { id: 'police-tirana', name: 'Tirana police', type: 'STATE_POLICE' },
];
const GRANTED = { data: { grantConsent: { __typename: 'ConsentGrant', id: 'g-1' } } };
const NOW = () => new Date('2026-05-01T12:00:00Z');

let i18nInstance: i18n;
beforeAll(async () => {
  i18nInstance = await createI18n('en');
});

function renderForm(answer: Answer = () => GRANTED) {
  let granted = 0;
  const rendered = renderWithApi(<GrantForm personId="p-1" agencies={AGENCIES} onGranted={() => (granted += 1)} now={NOW} />, i18nInstance, answer);
  return { ...rendered, granted: () => granted };
}

const field = (label: string) => screen.getByText(label, { selector: '.react-aria-Label' }).parentElement as HTMLElement;

async function choose(user: ReturnType<typeof renderForm>['user'], label: string, option: string) {
  await user.click(within(field(label)).getByRole('button'));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('the consent grant form', () => {
  it('names every missing answer beside its field and sends nothing', async () => {
    const { user, sent } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Record consent' }));
    expect(await within(field('Receiving agency')).findByText('This is required.')).toBeTruthy();
    expect(within(field('Purpose')).getByText('This is required.')).toBeTruthy();
    expect(within(field('Data categories')).getByText('Choose at least one data category.')).toBeTruthy();
    expect(within(field('Given by')).getByText('This is required.')).toBeTruthy();
    expect(within(field('Consent form reference')).getByText('This is required.')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('refuses a form reference that is not a code, and an expiry in the past', async () => {
    const { user, sent } = renderForm();
    await user.type(screen.getByLabelText('Consent form reference'), 'Ana Test');
    await user.type(screen.getByLabelText('Expires at the end of (optional)'), '2026-04-30');
    await user.click(screen.getByRole('button', { name: 'Record consent' }));
    expect(await within(field('Consent form reference')).findByText(/Use a reference code/)).toBeTruthy();
    expect(within(field('Expires at the end of (optional)')).getByText('Choose a day from today onwards.')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('sends exactly one grantee: one agency, or every agency of a type', async () => {
    const { user, sent, granted } = renderForm();
    await choose(user, 'Receiving agency', 'Shelter A (Shelter (NGO))');
    // Switching to a type after choosing an agency sends the type alone.
    await user.click(screen.getByText('Every agency of one type'));
    await choose(user, 'Receiving agency type', 'Health service');
    await user.click(screen.getByText('Health care'));
    await user.click(screen.getByText('Health'));
    await user.click(screen.getByText('The person'));
    await user.type(screen.getByLabelText('Consent form reference'), 'CF-2026-0042');
    await user.type(screen.getByLabelText('Expires at the end of (optional)'), '2026-06-30');
    await user.click(screen.getByRole('button', { name: 'Record consent' }));
    await screen.findByText('The consent was recorded.');
    const input = sentInput(sent, 'GrantConsent');
    expect(input).toMatchObject({ personId: 'p-1', granteeAgencyType: 'HEALTH', purpose: 'HEALTH_CARE', categories: ['HEALTH'], givenBy: 'PERSON', evidenceReference: 'CF-2026-0042' });
    expect(input).not.toHaveProperty('granteeAgencyId');
    expect(new Date(String(input?.['expiresAt'])).getTime()).toBeGreaterThan(new Date('2026-06-30T00:00:00').getTime());
    expect(granted()).toBe(1);
  });

  it("shows the API's refusal of the categories beside them, in the user's language", async () => {
    const { user, granted } = renderForm(() => ({ errors: [{ message: 'closed', extensions: { code: 'BAD_USER_INPUT', fields: ['input.categories'] } }] }));
    await choose(user, 'Receiving agency', 'Tirana police (State Police)');
    await user.click(screen.getByText('Referral and assistance'));
    await user.click(screen.getByText('Health'));
    await user.click(screen.getByText('The person'));
    await user.type(screen.getByLabelText('Consent form reference'), 'CF-2026-0043');
    await user.click(screen.getByRole('button', { name: 'Record consent' }));
    expect(await within(field('Data categories')).findByText(/cannot open one of these categories to the receiving agency's type/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(granted()).toBe(0);
  });

  it('shows a refusal naming no field above the form', async () => {
    const { user } = renderForm(() => ({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }));
    await choose(user, 'Receiving agency', 'Shelter A (Shelter (NGO))');
    await user.click(screen.getByText('Referral and assistance'));
    await user.click(screen.getByText('Identity'));
    await user.click(screen.getByText('The person'));
    await user.type(screen.getByLabelText('Consent form reference'), 'CF-2026-0044');
    await user.click(screen.getByRole('button', { name: 'Record consent' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Your role may not do this.'));
  });
});
