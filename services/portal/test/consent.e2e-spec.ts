/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { GRANT, mustSucceed, submitPerson } from '../../gateway/test/support/nrm-fixtures';
import { expectAccessible, openPortal, SCREENSHOTS, shot, signIn, switchLanguage, type PortalSession } from './support/browser';

/**
 * The RA's consent and rights page in Chromium: an officer records and withdraws consent and is told the overrides are
 * the head's; the head records an override with its reason, sets a legal hold, sees erasure refused while it stands, and
 * downloads the person's export, which holds that person and no other. Records are made through the API here; the
 * platform is shared with other suites, so nothing assumes a list holds only these.
 */
let session: PortalSession;
let person: { personId: string; reference: string };
let other: { personId: string; reference: string };
let shelterA = '';
let policeTirana = '';
const suffix = randomUUID().slice(0, 8);
const OTHER_FAMILY_NAME = `Otherperson${suffix.replace(/\d/g, 'x')}`;

beforeAll(async () => {
  session = await openPortal('consent');
  person = await submitPerson(session.stack, 'police.tirana', { givenName: 'Drita', familyName: `Consentcase${suffix.replace(/\d/g, 'y')}` });
  other = await submitPerson(session.stack, 'police.tirana', { givenName: 'Besa', familyName: OTHER_FAMILY_NAME });
  const { agencies } = await mustSucceed<{ agencies: { id: string; name: string }[] }>(session.stack, 'ra.officer', '{ agencies { id name } }');
  shelterA = agencies.find((agency) => agency.id === 'shelter-a')?.name ?? '';
  policeTirana = agencies.find((agency) => agency.id === 'police-tirana')?.name ?? '';
  expect([shelterA, policeTirana]).not.toContain('');
}, 600_000);

afterAll(async () => {
  await session?.close();
});

/** Client-side navigation: a reload would drop the in-memory tokens. */
async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function openConsentPage(page: Page): Promise<void> {
  await navigate(page, `/people/${person.personId}`);
  await page.getByRole('heading', { name: `Person ${person.reference}` }).waitFor();
  await page.getByRole('link', { name: 'Consent and rights' }).click();
  await page.getByRole('heading', { name: `Consent and rights: ${person.reference}` }).waitFor();
  await page.getByRole('heading', { name: 'Consent in force' }).waitFor();
  // At phone width the page itself never scrolls sideways: wide tables scroll inside their own region.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

/** A dialog over the page: the viewport as the user sees it (a full-page shot leaves the fixed overlay where it was). */
async function shotViewport(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), caret: 'initial' });
}

const formTitled = (page: Page, title: string): Locator => page.locator('form', { has: page.getByRole('heading', { name: title, exact: true }) });

async function choose(form: Locator, label: string, option: string | RegExp): Promise<void> {
  await form.getByRole('button', { name: new RegExp(label) }).click();
  await form.page().getByRole('option', { name: option }).click();
}

describe('the consent and rights page', () => {
  it('an RA officer records consent (the API refusing a category the purpose cannot open, beside it), withdraws it, and is told overrides are the head’s', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await signIn(page, 'ra.officer');
    await openConsentPage(page);

    // Overrides: no form, the reason why instead.
    await page.getByTestId('overrides-closed').getByText(/Only the head of the Responsible Authority/).waitFor();
    expect(await formTitled(page, 'Record an override').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Export and download' }).count()).toBe(0);
    await shot(page, 'consent-01-officer');
    await expectAccessible(page, 'consent (officer)');

    const form = formTitled(page, 'Record consent');
    // The form's own rules first.
    await form.getByRole('button', { name: 'Record consent' }).click();
    await form.getByText('Choose at least one data category.').waitFor();

    // Referral and assistance never goes to the police: the API refuses, beside the purpose.
    await choose(form, 'Receiving agency', `${policeTirana} (State Police)`);
    await form.locator('label.radio', { hasText: 'Referral and assistance' }).click();
    await form.locator('label.check', { hasText: /^Health$/ }).click();
    await form.locator('label.radio', { hasText: /^The person$/ }).click();
    await form.getByLabel('Consent form reference').fill(`CF-E2E-${suffix}`);
    await form.getByRole('button', { name: 'Record consent' }).click();
    await form.getByText(/This purpose cannot go to an agency of this type/).waitFor();

    // Formal identification may go to the police, but health records reach them only for law-enforcement
    // cooperation: the API refuses, beside the categories.
    await form.locator('label.radio', { hasText: 'Formal identification' }).click();
    await form.getByRole('button', { name: 'Record consent' }).click();
    await form.getByText(/cannot open one of these categories to the receiving agency's type/).waitFor();
    await shot(page, 'consent-02-grant-refused');
    await expectAccessible(page, 'consent grant refused');

    // To the shelter, identity for referral and assistance: recorded and in force.
    await choose(form, 'Receiving agency', `${shelterA} (Shelter (NGO))`);
    await form.locator('label.radio', { hasText: 'Referral and assistance' }).click();
    await form.locator('label.check', { hasText: /^Health$/ }).click();
    await form.locator('label.check', { hasText: /^Identity$/ }).click();
    await form.getByRole('button', { name: 'Record consent' }).click();
    await form.getByText('The consent was recorded.').waitFor();
    const inForce = page.getByTestId('grants-in-force');
    const row = inForce.locator('tr', { hasText: shelterA }).filter({ hasText: 'Referral and assistance' });
    await row.waitFor();
    await row.getByText('Identity').waitFor();

    // Withdrawal asks first, then moves the grant to the withdrawn list.
    await row.getByRole('button', { name: 'Withdraw' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Withdraw consent' });
    await dialog.getByText(/stops working at once/).waitFor();
    await dialog.getByLabel(/Reason/).fill('The person asked to withdraw it');
    await shotViewport(page, 'consent-03-withdraw-dialog');
    await expectAccessible(page, 'withdraw dialog');
    await dialog.getByRole('button', { name: 'Withdraw consent' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('grants-ended').locator('tr', { hasText: shelterA }).getByText(/^Withdrawn /).waitFor();
    expect(await page.getByTestId('grants-in-force').locator('tr', { hasText: shelterA }).count()).toBe(0);
    await shot(page, 'consent-04-withdrawn');

    // The same page in Albanian.
    await switchLanguage(page, 'sq');
    await page.getByRole('heading', { name: `Pëlqimi dhe të drejtat: ${person.reference}` }).waitFor();
    await page.getByRole('heading', { name: 'Pëlqimi në fuqi' }).waitFor();
    await page.getByRole('heading', { name: 'Qasje me bazë ligjore pa pëlqim' }).waitFor();
    await page.getByTestId('grants-ended').getByText(/^Tërhequr më /).first().waitFor();
    await shot(page, 'consent-05-officer-sq');
    await expectAccessible(page, 'consent (sq)');
    await switchLanguage(page, 'en');
    await context.close();
  }, 300_000);

  it('the RA head records an override with its reason, sets a legal hold that refuses erasure, and downloads the export of this person only', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    // A grant for cooperation with law enforcement, recorded by the officer, waits for the RA's review.
    await mustSucceed(session.stack, 'ra.officer', GRANT, {
      input: { personId: person.personId, granteeAgencyId: 'police-tirana', purpose: 'LAW_ENFORCEMENT_COOPERATION', categories: ['IDENTITY'], givenBy: 'PERSON', evidenceReference: `CF-LE-${suffix}` },
    });
    await signIn(page, 'ra.head');
    await openConsentPage(page);

    const flagged = page.getByTestId('grants-in-force').locator('tr', { hasText: 'Cooperation with law enforcement' });
    await flagged.getByText('Awaiting review').waitFor();
    await flagged.getByRole('button', { name: 'Review' }).click();
    const review = page.getByRole('alertdialog', { name: 'Review consent' });
    await review.locator('label.radio', { hasText: 'Upheld' }).click();
    await review.getByLabel(/Note/).fill('Statement to the prosecutor agreed with the person');
    await expectAccessible(page, 'review dialog');
    await review.getByRole('button', { name: 'Record review' }).click();
    await review.waitFor({ state: 'detached' });
    await flagged.getByText('Upheld').waitFor();
    await flagged.getByText('Awaiting review').waitFor({ state: 'detached' });

    // An override with its written reason.
    const overrideForm = formTitled(page, 'Record an override');
    await choose(overrideForm, 'Receiving agency', `${shelterA} (Shelter (NGO))`);
    await overrideForm.locator('label.check', { hasText: /^Identity$/ }).click();
    await overrideForm.getByLabel('Written legal basis').fill('short');
    await overrideForm.getByRole('button', { name: 'Record override' }).click();
    await overrideForm.getByText(/at least 10 letters/).waitFor();
    const reason = `Vital interests: the person needs urgent placement tonight ${suffix}`;
    await overrideForm.getByLabel('Written legal basis').fill(reason);
    await overrideForm.getByRole('button', { name: 'Record override' }).click();
    await overrideForm.getByText(/The override was recorded/).waitFor();
    await page.getByTestId('overrides').locator('tr', { hasText: reason }).waitFor();
    await shot(page, 'consent-06-override');
    await expectAccessible(page, 'consent (head)');

    // A legal hold.
    const holds = page.locator('section[aria-labelledby="holds-heading"]');
    await holds.getByRole('button', { name: /Reason for the hold/ }).click();
    await page.getByRole('option').first().click();
    await holds.getByRole('button', { name: 'Set legal hold' }).click();
    await page.getByTestId('legal-holds').getByText('In force').waitFor();

    // The person's request for a copy of their data.
    const requestReference = `SAR-E2E-${suffix}`;
    const requestForm = formTitled(page, 'Record a request');
    await requestForm.getByLabel('Request reference').fill(requestReference);
    await requestForm.getByLabel('Request received on').fill(new Date().toISOString().slice(0, 10));
    await requestForm.locator('label.radio', { hasText: /^The person$/ }).click();
    await requestForm.locator('label.radio', { hasText: 'Identity document seen' }).click();
    await requestForm.getByRole('button', { name: 'Record request' }).click();
    await requestForm.getByText(`Request ${requestReference} recorded.`).waitFor();

    // Erasure says what will happen, then shows the API's refusal while the hold stands.
    const erasure = page.locator('section[aria-labelledby="erasure-heading"]');
    await erasure.getByLabel('Request reference').fill(requestReference);
    await erasure.getByRole('button', { name: /Erase the person's data/ }).click();
    const dialog = page.getByRole('alertdialog', { name: "Erase this person's data?" });
    await dialog.getByText(/What goes: names, date of birth/).waitFor();
    await dialog.getByText('This cannot be undone.').waitFor();
    await shotViewport(page, 'consent-07-erasure-dialog');
    await expectAccessible(page, 'erasure dialog');
    await dialog.getByRole('button', { name: 'Erase', exact: true }).click();
    await erasure.getByRole('alert').getByText(/A legal hold is in force/).waitFor();
    await shot(page, 'consent-08-erasure-refused');
    const still = await mustSucceed<{ person: { erasedAt: string | null } }>(session.stack, 'ra.head', 'query($id: ID!) { person(id: $id) { erasedAt } }', { id: person.personId });
    expect(still.person.erasedAt).toBeNull();

    // The export: a download of the person's copy, with a progress indicator while it is made.
    const exportForm = formTitled(page, 'Export and download');
    expect(await exportForm.getByLabel('Request reference').inputValue()).toBe(requestReference);
    // The export's answer is held back a moment so the progress indicator can be seen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(session.stack.gatewayUrl, async (route) => {
      if (route.request().postData()?.includes('ExportPersonData')) await held;
      await route.continue();
    });
    const downloading = page.waitForEvent('download');
    await exportForm.getByRole('button', { name: 'Export and download' }).click();
    await exportForm.getByRole('progressbar', { name: /Gathering the person's data/ }).waitFor();
    await exportForm.scrollIntoViewIfNeeded();
    await shotViewport(page, 'consent-09-export-progress');
    release();
    const copy = await downloading;
    await page.unroute(session.stack.gatewayUrl);
    expect(copy.suggestedFilename()).toBe(`subject-access-${person.reference}-${requestReference}.html`);
    const html = readFileSync((await copy.path())!, 'utf8');
    expect(html).toContain(person.reference);
    expect(html).not.toContain(other.reference);
    expect(html).not.toContain(other.personId);
    expect(html).not.toContain(OTHER_FAMILY_NAME);
    await exportForm.getByRole('status').getByText(/The copy was made/).waitFor();
    const [data] = await Promise.all([page.waitForEvent('download'), exportForm.getByRole('link', { name: /The data as a file/ }).click()]);
    const json = readFileSync((await data.path())!, 'utf8');
    expect(json).toContain(person.personId);
    expect(json).not.toContain(other.personId);
    expect(json).not.toContain(other.reference);
    expect(json).not.toContain(OTHER_FAMILY_NAME);
    await shot(page, 'consent-10-exported');
    await expectAccessible(page, 'consent exported');

    // A request is exported once.
    await exportForm.getByLabel('Request reference').fill(requestReference);
    await exportForm.getByRole('button', { name: 'Export and download' }).click();
    await exportForm.getByText(/already been answered/).waitFor();
    await shot(page, 'consent-11-export-refused');
    await context.close();
    expect(session.cspViolations).toEqual([]);
  }, 300_000);
});
