/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { mustSucceed } from '../../gateway/test/support/nrm-fixtures';
import { expectAccessible, openPortal, shot, signIn, switchLanguage, type PortalSession } from './support/browser';

/**
 * A user's own notification preferences and the administrator's failed jobs, in Chromium: the RA officer turns off
 * the e-mail of one kind and finds it off after leaving the page (and reads the page in Albanian); urgent kinds stay
 * ticked and disabled; the platform administrator opens the failed jobs; a first responder has no such menu entry.
 */
let session: PortalSession;

interface Preferences {
  emailKinds: string[];
  language: string | null;
}
const READ_PREFERENCES = `{ myNotificationPreferences { emailKinds language } }`;
const SET_PREFERENCES = `mutation($input: NotificationPreferencesInput!) { setNotificationPreferences(input: $input) { emailKinds } }`;

async function signedIn(username: string): Promise<Page> {
  const context = await session.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

/** At phone width the page itself never scrolls sideways: wide tables scroll inside their own region. */
async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect({ name, fits: widths.page <= widths.viewport }).toEqual({ name, fits: true });
}

/** Ticks or unticks a React Aria checkbox by its label, as a user clicks it. */
async function setTicked(box: Locator, ticked: boolean): Promise<void> {
  if ((await box.isChecked()) !== ticked) await box.locator('xpath=ancestor::label').click();
  expect(await box.isChecked()).toBe(ticked);
}

beforeAll(async () => {
  session = await openPortal('preferences-admin');
}, 600_000);

afterAll(async () => {
  await session?.close();
});

describe('my notification preferences', () => {
  let before: Preferences | undefined;

  beforeAll(async () => {
    before = (await mustSucceed<{ myNotificationPreferences: Preferences }>(session.stack, 'ra.officer', READ_PREFERENCES)).myNotificationPreferences;
  });

  // Other suites share the platform and its demo users: leave the RA officer's preferences as they were.
  afterAll(async () => {
    if (before) await mustSucceed(session.stack, 'ra.officer', SET_PREFERENCES, { input: { emailKinds: before.emailKinds, language: before.language } });
  });

  it('the RA officer turns off the e-mail of one kind and finds it off after leaving the page; the page in Albanian', async () => {
    const page = await signedIn('ra.officer');
    const menu = page.getByRole('navigation');
    await menu.getByRole('link', { name: 'My notification preferences' }).click();
    await page.getByRole('heading', { name: 'My notification preferences', level: 1 }).waitFor();
    const referralReceived = page.getByRole('checkbox', { name: 'Referral received' });
    await referralReceived.waitFor({ state: 'attached' });
    // Urgent kinds are always e-mailed: ticked, disabled, with the reason.
    const urgent = page.getByRole('checkbox', { name: 'Urgent: suicide risk' });
    expect(await urgent.isChecked()).toBe(true);
    expect(await urgent.isDisabled()).toBe(true);
    await page.getByText('Urgent notifications are always e-mailed', { exact: false }).waitFor();

    await setTicked(referralReceived, false);
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.getByText('Your preferences are saved.').waitFor();
    await shot(page, 'preferences-admin-01-preferences-saved');
    await expectAccessible(page, 'my notification preferences');
    await expectNoSidewaysScroll(page, 'my notification preferences');

    // Away and back: the page reads the preferences again and the kind stays off.
    await menu.getByRole('link', { name: 'Deadlines' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deadlines' }).waitFor();
    await menu.getByRole('link', { name: 'My notification preferences' }).click();
    await page.getByRole('heading', { name: 'My notification preferences', level: 1 }).waitFor();
    await referralReceived.waitFor({ state: 'attached' });
    expect(await referralReceived.isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'New identification' }).isChecked()).toBe(true);

    // In Albanian: turn it back on and choose Albanian e-mails.
    await switchLanguage(page, 'sq');
    await page.getByRole('heading', { name: 'Preferencat e mia të njoftimeve', level: 1 }).waitFor();
    const again = page.getByRole('checkbox', { name: 'Referim i marrë' });
    await setTicked(again, true);
    await page.getByRole('radio', { name: 'Shqip' }).locator('xpath=ancestor::label').click();
    await page.getByRole('button', { name: 'Ruaj preferencat' }).click();
    await page.getByText('Preferencat tuaja u ruajtën.').waitFor();
    await shot(page, 'preferences-admin-02-preferences-sq');
    await expectAccessible(page, 'my notification preferences in Albanian');
    const saved = await mustSucceed<{ myNotificationPreferences: Preferences }>(session.stack, 'ra.officer', READ_PREFERENCES);
    expect(saved.myNotificationPreferences).toMatchObject({ language: 'sq', emailKinds: expect.arrayContaining(['REFERRAL_RECEIVED']) });
  });
});

describe('failed jobs', () => {
  it('the platform administrator lists the failed jobs, filters them by service and can ask to retry one', async () => {
    const page = await signedIn('admin');
    await page.getByRole('navigation').getByRole('link', { name: 'Failed jobs' }).click();
    await page.getByRole('heading', { name: 'Failed jobs', level: 1 }).waitFor();
    // Another suite may have left failed jobs: the table or the empty state, whichever the platform holds.
    const table = page.getByRole('region', { name: 'Failed jobs table' });
    const empty = page.getByText('No failed jobs.');
    await table.or(empty).first().waitFor();
    await shot(page, 'preferences-admin-03-failed-jobs');
    await expectAccessible(page, 'failed jobs');
    await expectNoSidewaysScroll(page, 'failed jobs');

    if (await table.isVisible()) {
      await table.getByRole('button', { name: /^Retry / }).first().click();
      const dialog = page.getByRole('alertdialog', { name: 'Retry this job?' });
      await dialog.waitFor();
      await shot(page, 'preferences-admin-04-retry-dialog');
      await expectAccessible(page, 'retry confirmation');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
    }

    await page.getByLabel('Service').selectOption('referral');
    await table.or(empty).first().waitFor();
    const services = await page.locator('[data-testid="failed-jobs-table"] tbody td:first-child').allTextContents();
    expect(services.every((service) => service === 'referral')).toBe(true);
  });

  it('a first responder has no failed jobs entry, and has their own preferences', async () => {
    const page = await signedIn('police.tirana');
    const menu = page.getByRole('navigation');
    await menu.getByRole('link', { name: 'My notification preferences' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Failed jobs' }).count()).toBe(0);
  });
});
