/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { waitFor } from '@nrm/testing';
import { createReferral, providerIds, submitPerson } from '../../gateway/test/support/nrm-fixtures';
import { expectAccessible, openPortal, shot, signIn, switchLanguage, type PortalSession } from './support/browser';

/**
 * The shelter's pages in Chromium (docs/portal.md, "Pages today"): a referral to shelter-a made through the API, then
 * its case manager accepts it, admits the person, records an assessment, saves and signs a plan and downloads it as a
 * PDF, records a monitoring contact and a complaint and closes the case; shelter-b's case manager sees none of it.
 * The run's platform is shared with other files: lists may hold their records, so this file finds its own by reference.
 */
let session: PortalSession;
let reference = '';
let caseId = '';
let page: Page;

async function readsPerson(personId: string): Promise<boolean> {
  const result = await session.stack.graphql<{ person: { id: string } | null }>(`query ($id: ID!) { person(id: $id) { id summary { isChild } } }`, { id: personId }, await session.stack.tokenFor('cm.shelter-a'));
  return Boolean(result.data?.person);
}

/** Goes to a portal address inside the running page (the router follows history), keeping the in-memory session. */
async function navigate(target: Page, path: string) {
  await target.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function openTab(name: string) {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tabpanel').waitFor();
}

beforeAll(async () => {
  session = await openPortal('cases');
}, 600_000);

afterAll(async () => {
  await session?.close();
});

describe('the shelter case manager’s pages', () => {
  let personId = '';

  beforeAll(async () => {
    const providers = await providerIds(session.stack);
    const person = await submitPerson(session.stack, 'police.tirana', { givenName: 'Elira', familyName: 'Portal' });
    personId = person.personId;
    reference = person.reference;
    await createReferral(session.stack, person.personId, providers['shelter-a']!);
  }, 120_000);

  it('accepts the referral, admits the person and records an assessment', async () => {
    const context = await session.newContext();
    page = await context.newPage();
    await signIn(page, 'cm.shelter-a');
    await page.getByRole('link', { name: 'Incoming referrals' }).first().click();
    await page.getByRole('heading', { name: 'Incoming referrals' }).waitFor();
    const card = page.locator('li.card', { hasText: reference });
    await card.waitFor();
    await shot(page, 'cases-01-incoming-referrals');
    await expectAccessible(page, 'incoming referrals');

    // Declining needs a reason: the form says so beside the field and sends nothing.
    await card.getByRole('button', { name: 'Decline' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await dialog.getByText('Give the reason for declining').waitFor();
    await shot(page, 'cases-02-decline-needs-a-reason');
    await expectAccessible(page, 'decline dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await card.getByRole('button', { name: 'Accept' }).click();
    await card.getByRole('link', { name: 'Open the case' }).click();
    await page.getByRole('heading', { name: `Case ${reference}` }).waitFor();
    caseId = new URL(page.url()).pathname.split('/').pop()!;

    // Admission: today, a residential shelter.
    await page.getByLabel('Placement').selectOption('RESIDENTIAL_SHELTER');
    await page.getByRole('button', { name: 'Admit' }).click();
    await page.getByText('I. Crisis intervention').waitFor();
    await shot(page, 'cases-03-case-summary');
    await expectAccessible(page, 'case summary');

    // Identification records the shelter's relationship to the person a moment after the acceptance.
    await waitFor(() => readsPerson(personId), { timeoutMs: 30_000, description: 'shelter-a reads the person' });
    await page.getByRole('link', { name: 'Cases', exact: true }).first().click();
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Case ${reference}` }).waitFor();

    await openTab('Team');
    await page.getByLabel('Case manager').selectOption({ label: 'cm.shelter-a' });
    await page.getByRole('button', { name: 'Assign case manager' }).click();
    await page.getByText('Case manager: cm.shelter-a').waitFor();
    await page.locator('label.check', { hasText: 'psy.shelter-a' }).click();
    await page.getByRole('button', { name: 'Save the team' }).click();
    await page.getByRole('listitem').filter({ hasText: /^psy\.shelter-a$/ }).waitFor();
    await shot(page, 'cases-04-team');
    await expectAccessible(page, 'team');

    await openTab('Needs assessment');
    await page.getByText('No area assessed yet.').waitFor();
    await page.getByLabel('Area').selectOption('HEALTH');
    await page.getByLabel('Summary').selectOption('GOOD');
    await page.getByLabel('Notes').fill('Seen by the doctor on arrival.');
    await page.getByRole('button', { name: 'Record the assessment' }).click();
    await page.locator('li.card', { hasText: 'Seen by the doctor on arrival.' }).waitFor();
    await shot(page, 'cases-05-assessments');
    await expectAccessible(page, 'assessments');
  }, 180_000);

  it('saves and signs a reintegration plan and downloads it as a PDF', async () => {
    await openTab('Reintegration plan');
    await page.getByText('No reintegration plan yet.').waitFor();
    await page.getByLabel('Area').selectOption('EMPLOYMENT');
    await page.getByLabel('Objective', { exact: true }).fill('A first job');
    await page.getByLabel('Action 1: what is done').fill('CV workshop');
    await page.getByLabel('Review date').fill('2099-05-01');
    await page.getByLabel('Indicator of success').fill('CV ready');
    await page.getByRole('button', { name: 'Save the plan' }).click();
    const version = page.locator('li.card', { hasText: 'Version 1' });
    await version.getByText('Draft').waitFor();
    await version.getByRole('button', { name: 'Record signature: The person' }).click();
    await version.getByRole('button', { name: 'Record signature: The case manager' }).click();
    await version.getByText('Version 1 · Signed').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), version.getByRole('button', { name: 'Download version 1 as PDF (English)' }).click()]);
    expect(download.suggestedFilename()).toBe(`reintegration-plan-${reference}-v1.pdf`);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await shot(page, 'cases-06-plan');
    await expectAccessible(page, 'plan');
  }, 120_000);

  it('records a monitoring contact and shows when the next is due, and lodges a complaint', async () => {
    await openTab('Monitoring');
    await page.getByText('No contact recorded yet.').waitFor();
    await page.locator('label.radio', { hasText: 'Phone' }).click();
    await page.locator('label.check', { hasText: 'Emotions' }).click();
    await page.getByRole('button', { name: 'Record the contact' }).click();
    await page.getByRole('status').filter({ hasText: 'The contact is recorded. Next contact due:' }).waitFor();
    await page.locator('.cases-due', { hasText: 'Next contact due:' }).waitFor();
    await page.locator('li.card', { hasText: 'Emotions' }).waitFor();
    await shot(page, 'cases-07-monitoring');
    await expectAccessible(page, 'monitoring');

    await openTab('Complaints');
    await page.locator('label.radio', { hasText: 'In writing' }).click();
    await page.getByLabel('Addressed to').selectOption('STAFF');
    await page.getByLabel('About').selectOption('SAFETY');
    await page.getByLabel('The complaint, in the words given').fill('The door of the room does not lock');
    await page.getByRole('button', { name: 'Record the complaint' }).click();
    await page.getByText(/The complaint was recorded .* and sent to: Staff\./).waitFor();
    // Addressed to the staff: the case manager reads it and may record its outcome.
    await page.locator('li.card', { hasText: 'The door of the room does not lock' }).waitFor();
    await shot(page, 'cases-08-complaints');
    await expectAccessible(page, 'complaints');
  }, 120_000);

  it('shows shelter-b none of it: not in its referrals, not in its cases, not by the case’s address (hostile insider)', async () => {
    const context = await session.newContext();
    const other = await context.newPage();
    await signIn(other, 'cm.shelter-b');
    await other.getByRole('link', { name: 'Incoming referrals' }).first().click();
    await other.getByRole('heading', { name: 'Incoming referrals' }).waitFor();
    await other.locator('li.card, .cases-empty').first().waitFor();
    expect(await other.getByText(reference).count()).toBe(0);

    await other.getByRole('link', { name: 'Cases', exact: true }).first().click();
    await other.getByRole('heading', { name: 'Cases', exact: true }).waitFor();
    await other.locator('table, .cases-empty').first().waitFor();
    expect(await other.getByText(reference).count()).toBe(0);

    await navigate(other, `/cases/${caseId}`);
    await other.getByRole('alert').filter({ hasText: 'This case does not exist or is not one your shelter may open.' }).waitFor();
    expect(await other.getByText(reference).count()).toBe(0);
    await shot(other, 'cases-09-other-shelter-refused');
    await expectAccessible(other, 'other shelter refused');
    await context.close();
  }, 120_000);

  it('starts follow-up, closes the case after confirmation, and lists it, in Albanian too', async () => {
    await openTab('Summary');
    await page.getByRole('button', { name: 'Start follow-up' }).click();
    await page.getByText('Follow-up', { exact: true }).waitFor();

    await openTab('Closure');
    await page.locator('label.radio', { hasText: 'Planned, agreed with the person' }).click();
    await page.getByLabel('Closure review').fill('Goals met; the person lives independently.');
    await page.getByRole('button', { name: 'Close the case…' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText('It cannot be reopened').waitFor();
    await shot(page, 'cases-10-closure-confirmation');
    await expectAccessible(page, 'closure confirmation');
    await confirm.getByRole('button', { name: 'Close the case' }).click();
    await page.getByRole('heading', { name: 'The case is closed' }).waitFor();
    await shot(page, 'cases-11-closed');
    await expectAccessible(page, 'closed case');

    await page.getByRole('link', { name: 'Cases', exact: true }).first().click();
    const row = page.getByRole('row', { name: new RegExp(reference) });
    await row.getByText('Closed').waitFor();
    // The table scrolls inside its own focusable region, never the page.
    await page.locator('div.table-wrap[role="region"]').focus();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot(page, 'cases-12-list');
    await expectAccessible(page, 'cases list');

    await switchLanguage(page, 'sq');
    await page.getByRole('heading', { name: 'Rastet' }).waitFor();
    await page.getByRole('row', { name: new RegExp(reference) }).getByText('Mbyllur').waitFor();
    await shot(page, 'cases-13-list-sq');
    await expectAccessible(page, 'cases list in Albanian');
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Rasti ${reference}` }).waitFor();
    await page.getByRole('tab', { name: 'Mbyllja' }).click();
    await page.getByRole('heading', { name: 'Rasti është i mbyllur' }).waitFor();
    await shot(page, 'cases-14-case-sq');
    await expectAccessible(page, 'case in Albanian');
    expect(session.cspViolations).toEqual([]);
  }, 120_000);
});
