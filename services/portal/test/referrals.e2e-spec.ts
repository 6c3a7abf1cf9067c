/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { mustSucceed, submitPerson } from '../../gateway/test/support/nrm-fixtures';
import { expectAccessible, openPortal, shot, signIn, switchLanguage, type PortalSession } from './support/browser';

/**
 * The Responsible Authority's referral pages in Chromium (features/referrals): from the person's page to the provider
 * matches with their reasons, a referral created, refused again while it is pending, found in the list and followed on
 * its page, withdrawn after a confirmation; a formal identification requested in Albanian; and a first responder who
 * opens the referral pages gets the API's refusal, not the RA's menu.
 */
let session: PortalSession;
let person: { personId: string; reference: string };
let providerName: Record<string, string>;

beforeAll(async () => {
  session = await openPortal('referrals');
  person = await submitPerson(session.stack, 'police.tirana', { givenName: 'Referral', familyName: 'Portal' });
  const providers = await mustSucceed<{ serviceProviders: { agencyId: string; name: string }[] }>(session.stack, 'ra.officer', '{ serviceProviders { agencyId name } }');
  providerName = Object.fromEntries(providers.serviceProviders.map((provider) => [provider.agencyId, provider.name]));
}, 600_000);

afterAll(async () => {
  await session?.close();
});

/**
 * A page reached by its address inside the signed-in portal, as a link would (the router follows the history): a
 * reload would forget the in-memory tokens.
 */
async function open(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

describe('the RA refers a person', () => {
  let referralUrl = '';

  it('sees the provider matches with their reasons and creates a referral', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await signIn(page, 'ra.officer');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Referrals' }).waitFor();

    await open(page, `/people/${person.personId}`);
    await page.getByRole('heading', { name: `Person ${person.reference}` }).waitFor();
    await page.getByRole('heading', { name: 'Referral and formal identification' }).waitFor();
    await shot(page, 'referrals-01-person-actions');
    await expectAccessible(page, 'person with RA actions');

    await page.getByRole('link', { name: 'Refer to a service provider' }).click();
    await page.getByRole('heading', { name: `Refer ${person.reference}` }).waitFor();
    const shelterA = page.locator('[data-provider="shelter-a"]');
    await shelterA.getByText('Can take the person').waitFor();
    // The unauthorised provider is listed with why it cannot take the person.
    await page.locator('[data-provider="shelter-c"]').getByText('The provider is not authorised: referrals to it are refused.').waitFor();
    await shot(page, 'referrals-02-matches');
    await expectAccessible(page, 'provider matches');

    // The form's own rule speaks beside the field before anything is sent.
    await page.getByRole('button', { name: 'Create referral' }).click();
    await page.getByText('Choose the provider.').waitFor();
    await page.getByRole('radiogroup', { name: 'Provider the person chose' }).locator('label.radio', { hasText: providerName['shelter-a'] }).click();
    await page.locator('label.radio', { hasText: 'Urgent' }).click();
    await shot(page, 'referrals-03-form');
    await page.getByRole('button', { name: 'Create referral' }).click();

    await page.getByRole('heading', { name: `Referral of ${person.reference}` }).waitFor();
    referralUrl = new URL(page.url()).pathname;
    expect(referralUrl).toMatch(/^\/referrals\/[^/]+$/);
    await page.getByTestId('referral-status').getByText("Waiting for the provider's answer").waitFor();
    await page.getByText(/Urgent, waiting for the provider's answer: referred/).waitFor();
    await shot(page, 'referrals-04-detail');
    await expectAccessible(page, 'referral detail');

    // A second referral while this one is pending: the API's CONFLICT above the form, in words.
    await open(page, `/people/${person.personId}/refer`);
    await page.getByRole('heading', { name: `Refer ${person.reference}` }).waitFor();
    // The page says so before the RA tries: the person's pending referral is listed.
    await page.getByRole('note').getByRole('link', { name: `Waiting for the provider's answer: ${providerName['shelter-a']}` }).waitFor();
    await page.locator('label.radio', { hasText: providerName['shelter-b'] }).click();
    await page.getByRole('button', { name: 'Create referral' }).click();
    await page.getByRole('alert').getByText(/already has a pending or accepted referral/).waitFor();
    await shot(page, 'referrals-05-conflict');
    await context.close();
  }, 300_000);

  it('finds it in the list, by person and by status, and withdraws it after a confirmation', async () => {
    expect(referralUrl).not.toBe('');
    const context = await session.newContext();
    const page = await context.newPage();
    await signIn(page, 'ra.officer');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Referrals' }).click();
    await page.getByRole('heading', { name: 'Referrals', exact: true }).waitFor();
    await page.getByRole('region', { name: 'Referrals table (scrolls sideways)' }).waitFor();
    await shot(page, 'referrals-06-list');
    await expectAccessible(page, 'referrals list');

    await open(page, `/people/${person.personId}`);
    await page.getByRole('link', { name: 'Referrals of this person' }).click();
    await page.getByRole('heading', { name: 'Referrals of one person' }).waitFor();
    await page.getByRole('button', { name: /Status/ }).click();
    await page.getByRole('option', { name: "Waiting for the provider's answer" }).click();
    const row = page.locator(`tr[data-row-id="${referralUrl.split('/').pop()}"]`);
    await row.getByRole('link', { name: person.reference }).waitFor();
    await row.getByText(providerName['shelter-a']!).waitFor();
    await shot(page, 'referrals-07-list-person-pending');
    await expectAccessible(page, 'referrals of one person');

    await row.getByRole('link', { name: person.reference }).click();
    await page.getByRole('heading', { name: `Referral of ${person.reference}` }).waitFor();
    await page.getByRole('button', { name: 'Withdraw referral…' }).click();
    await page.getByText('Choose the reason.').waitFor();
    await page.locator('label.radio', { hasText: 'The person chose another provider' }).click();
    await page.getByRole('button', { name: 'Withdraw referral…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Withdraw this referral?' });
    await dialog.waitFor();
    await shot(page, 'referrals-08-withdraw-confirm');
    await expectAccessible(page, 'withdraw confirmation');
    await dialog.getByRole('button', { name: 'Yes, withdraw' }).click();
    await page.getByTestId('referral-status').getByText('Withdrawn').waitFor();
    await page.getByText('Withdrawn:').waitFor();
    await shot(page, 'referrals-09-withdrawn');

    // An id the referral service does not know: the page says so.
    await open(page, '/referrals/00000000-0000-4000-8000-00000000dead');
    await page.getByRole('alert').getByText(/^Not found/).waitFor();
    await context.close();
  }, 300_000);
});

describe('the RA requests formal identification, in Albanian', () => {
  it('asks an adult for the statement of willingness and shows the request with its deadline', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await signIn(page, 'ra.officer');
    await switchLanguage(page, 'sq');
    await open(page, `/people/${person.personId}`);
    await page.getByRole('heading', { name: `Personi ${person.reference}` }).waitFor();
    await page.getByRole('link', { name: 'Kërko identifikim formal' }).click();
    await page.getByRole('heading', { name: `Identifikimi formal i ${person.reference}` }).waitFor();
    await page.getByText('Nuk është kërkuar identifikim formal.').waitFor();

    await page.getByRole('button', { name: 'Kërko identifikim formal' }).click();
    await page.getByText('Për një të rritur kërkohet deklarata e nënshkruar e vullnetit.').waitFor();
    await shot(page, 'referrals-10-formal-rule-sq');
    await page.locator('label.check', { hasText: 'Personi ka nënshkruar deklaratën e vullnetit' }).click();
    await page.getByRole('button', { name: 'Kërko identifikim formal' }).click();
    await page.getByText('Kërkuar: në pritje të mbledhjes së grupit').waitFor();
    expect(await page.getByTestId('formal-due').textContent()).not.toBe('—');
    await page.getByText('Ka një kërkesë të hapur').waitFor();
    await shot(page, 'referrals-11-formal-requested-sq');
    await expectAccessible(page, 'formal identification');
    await context.close();
  }, 300_000);
});

describe('a first responder and the referral pages', () => {
  it('has no menu entry, and the pages show the API refusal', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await signIn(page, 'police.tirana');
    expect(await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Referrals' }).count()).toBe(0);

    await open(page, '/referrals');
    await page.getByRole('heading', { name: 'Referrals', exact: true }).waitFor();
    await page.getByRole('alert').getByText('Your role may not see or do this.', { exact: false }).waitFor();
    await shot(page, 'referrals-12-first-responder-refused');
    await expectAccessible(page, 'refused list');

    await open(page, `/people/${person.personId}/refer`);
    await page.getByRole('alert').waitFor();
    expect(await page.locator('[data-provider]').count()).toBe(0);
    await context.close();
    expect(session.cspViolations).toEqual([]);
  }, 300_000);
});
