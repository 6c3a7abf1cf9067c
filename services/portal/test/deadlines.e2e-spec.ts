/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { as, createReferral, identificationInput, mustSucceed, providerIds, sleep } from '../../gateway/test/support/nrm-fixtures';
import { expectAccessible, openPortal, shot, signIn, switchLanguage, type PortalSession } from './support/browser';

/**
 * The deadlines' pages in Chromium (features/deadlines): a new identification's acknowledgement clock in the RA's inbox,
 * acknowledged there and MET at once, with the acknowledger on the RA's notification; the deadlines page with the
 * overdue filter (a residence permit recorded as already expired), also in Albanian, and a link to the person; a case
 * manager sees their shelter's deadlines only; a first responder has no menu entry and reads the API's refusal.
 */
let session: PortalSession;
const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id person { id reference } } }`;
const DEADLINES = `query D($filter: DeadlineFilter) { deadlines(first: 100, filter: $filter) { edges { node { id kind subjectId state ownerAgencyId } } } }`;
const PERMIT = `mutation P($input: RecordResidencePermitInput!) { recordResidencePermit(input: $input) { id } }`;

interface Submitted {
  identificationId: string;
  personId: string;
  reference: string;
}
let fresh: Submitted;
let expired: Submitted;
let referralA: Submitted;
let referralB: Submitted;

async function submit(givenName: string, citizenship: string[] = ['AL']): Promise<Submitted> {
  const input = identificationInput({ givenName, familyName: 'Deadlines' });
  input['person'] = { ...(input['person'] as object), citizenship };
  const data = await mustSucceed<{ submitInitialIdentification: { id: string; person: { id: string; reference: string } } }>(session.stack, 'police.tirana', SUBMIT, { input });
  const { id: personId, reference } = data.submitInitialIdentification.person;
  return { identificationId: data.submitInitialIdentification.id, personId, reference };
}

type DeadlineRow = { id: string; kind: string; subjectId: string; state: string; ownerAgencyId: string };

/** Waits until the notifications service holds a deadline of the person that `accept` takes (events arrive later). */
async function deadlineOf(reference: string, accept: (row: DeadlineRow) => boolean, filter: Record<string, unknown> = {}): Promise<DeadlineRow> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const data = await mustSucceed<{ deadlines: { edges: { node: DeadlineRow }[] } }>(session.stack, 'ra.officer', DEADLINES, { filter: { subjectRef: reference, ...filter } });
    const found = data.deadlines.edges.map((edge) => edge.node).find(accept);
    if (found) return found;
    await sleep(500);
  }
  throw new Error(`No deadline of ${reference} arrived`);
}

/** A page reached by its address inside the signed-in portal, as a link would: a reload would forget the tokens. */
async function open(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect({ name, fits: widths.page <= widths.viewport }).toEqual({ name, fits: true });
}

beforeAll(async () => {
  session = await openPortal('deadlines');
  fresh = await submit('Clock');
  // A foreign national whose residence permit ran out ten days ago: its expiry deadline is overdue from the start.
  expired = await submit('Expired', ['XK']);
  const day = 86_400_000;
  await mustSucceed(session.stack, 'ra.officer', PERMIT, {
    input: { personId: expired.personId, type: 'A', issuedAt: new Date(Date.now() - 60 * day).toISOString(), expiresAt: new Date(Date.now() - 10 * day).toISOString() },
  });
  const providers = await providerIds(session.stack);
  referralA = await submit('ShelterA');
  referralB = await submit('ShelterB');
  await createReferral(session.stack, referralA.personId, providers['shelter-a']!);
  await createReferral(session.stack, referralB.personId, providers['shelter-b']!);
  await deadlineOf(fresh.reference, (row) => row.kind === 'RA_ACKNOWLEDGEMENT' && row.subjectId === fresh.identificationId);
  await deadlineOf(expired.reference, (row) => row.kind === 'RESIDENCE_PERMIT_EXPIRY', { overdueOnly: true });
  await deadlineOf(referralA.reference, (row) => row.kind === 'REFERRAL_RESPONSE');
  await deadlineOf(referralB.reference, (row) => row.kind === 'REFERRAL_RESPONSE');
}, 600_000);

afterAll(async () => {
  await session?.close();
});

describe('the RA acknowledges a new identification', () => {
  it('sees its clock in the inbox, acknowledges it, and sees it met at once and the acknowledger on the notification', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await signIn(page, 'ra.officer');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'New identifications' }).click();
    const row = page.locator(`tr[data-row-id="${fresh.identificationId}"]`);
    await row.locator('[data-clock="dueSoon"], [data-clock="due"]').waitFor();
    expect(await row.locator('.deadline-clock-text').textContent()).toMatch(/^Due in /);
    await shot(page, 'deadlines-01-inbox-clock');
    await expectAccessible(page, 'inbox with clocks');
    await expectNoSidewaysScroll(page, 'inbox with clocks');

    await row.getByRole('button', { name: `Acknowledge ${fresh.reference}` }).click();
    await page.getByRole('status').filter({ hasText: `Acknowledged ${fresh.reference}.` }).waitFor();
    // Read-your-writes: the row says MET and who, with no reload; the action is gone.
    await row.locator('[data-clock="met"]').getByText(/^Met: acknowledged by ra\.officer on /).waitFor();
    expect(await row.getByRole('button', { name: `Acknowledge ${fresh.reference}` }).count()).toBe(0);
    const stored = await deadlineOf(fresh.reference, (entry) => entry.kind === 'RA_ACKNOWLEDGEMENT');
    expect(stored.state).toBe('MET');
    await shot(page, 'deadlines-02-inbox-acknowledged');
    await expectAccessible(page, 'inbox after acknowledging');

    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: /^Notifications/ }).click();
    await page.getByRole('heading', { name: 'Notifications' }).waitFor();
    const notification = page.locator(`li[data-kind="NEW_IDENTIFICATION"][data-subject="${fresh.reference}"]`);
    await notification.getByText(/Acknowledged by ra\.officer on /).waitFor();
    // Another new identification, not acknowledged, says so to the RA.
    await page.locator(`li[data-kind="NEW_IDENTIFICATION"][data-subject="${referralA.reference}"]`).getByText('Not acknowledged yet').waitFor();
    await shot(page, 'deadlines-03-notifications');
    await expectAccessible(page, 'notifications with deadlines');
    await expectNoSidewaysScroll(page, 'notifications with deadlines');
    await context.close();
  });
});

describe('the deadlines page', () => {
  it("lists every agency's deadlines to the RA, filters to overdue ones, speaks Albanian and opens the person", async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await signIn(page, 'ra.officer');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Deadlines' }).click();
    await page.getByRole('heading', { name: 'Deadlines' }).waitFor();
    await page.getByRole('region', { name: 'Deadlines (scrolls sideways on a narrow screen)' }).waitFor();
    // Every agency's: the shelters' referral answers are there beside the RA's own clocks (found by the person's
    // reference: the run's other files left many sooner deadlines on the first pages).
    await page.getByRole('searchbox', { name: 'NRM reference' }).fill(referralB.reference);
    await page.locator(`tr[data-subject="${referralB.reference}"][data-owner="shelter-b"]`).waitFor();
    await shot(page, 'deadlines-04-page');
    await expectAccessible(page, 'deadlines page');
    await expectNoSidewaysScroll(page, 'deadlines page');

    await page.getByText('Overdue only').click();
    await page.getByRole('searchbox', { name: 'NRM reference' }).fill(expired.reference);
    const permit = page.locator(`tr[data-subject="${expired.reference}"]`);
    await permit.getByText('Residence permit expires').waitFor();
    await permit.locator('[data-clock="overdue"]').waitFor();
    const clocks = await page.locator('tbody [data-clock]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-clock')));
    expect(clocks.length).toBeGreaterThan(0);
    expect(clocks.every((tone) => tone === 'overdue')).toBe(true);
    expect(await page.locator(`tr[data-subject="${referralB.reference}"]`).count()).toBe(0);
    await shot(page, 'deadlines-05-overdue');
    await expectAccessible(page, 'deadlines, overdue only');

    // The same page in Albanian.
    await switchLanguage(page, 'sq');
    await page.getByRole('heading', { name: 'Afatet' }).waitFor();
    await permit.getByText('Skadimi i lejes së qëndrimit').waitFor();
    await permit.getByText(/^Me afat të kaluar: .* vonesë/).waitFor();
    await page.getByText('Vetëm me afat të kaluar').waitFor();
    await shot(page, 'deadlines-06-overdue-sq');
    await expectAccessible(page, 'deadlines, overdue only (sq)');
    await expectNoSidewaysScroll(page, 'deadlines (sq)');
    await switchLanguage(page, 'en');

    // The record: the person, found by the deadline's NRM reference.
    await permit.getByRole('link', { name: `Open the record of ${expired.reference}` }).click();
    await page.getByRole('heading', { name: `Person ${expired.reference}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${expired.personId}`);
    await context.close();
  });

  it("shows a case manager their shelter's deadlines only, and the API refuses another shelter's", async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await signIn(page, 'cm.shelter-a');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Deadlines' }).click();
    await page.getByRole('heading', { name: 'Deadlines' }).waitFor();
    await page.getByRole('searchbox', { name: 'NRM reference' }).fill(referralA.reference);
    const mine = page.locator(`tr[data-subject="${referralA.reference}"]`);
    await mine.getByText('Answer the referral').waitFor();
    // Its record: the referral's page, which the case manager may read.
    expect(await mine.getByRole('link', { name: `Open the record of ${referralA.reference}` }).getAttribute('href')).toMatch(/^\/referrals\/[0-9a-f-]{36}$/);
    const owners = await page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-owner')));
    expect(new Set(owners)).toEqual(new Set(['shelter-a']));
    expect(await page.locator(`tr[data-subject="${referralB.reference}"]`).count()).toBe(0);
    // No agency filter: only the RA chooses among agencies.
    expect(await page.getByRole('button', { name: /Agency/ }).count()).toBe(0);
    await shot(page, 'deadlines-07-case-manager');
    await expectAccessible(page, 'deadlines of shelter-a');
    await expectNoSidewaysScroll(page, 'deadlines of shelter-a');

    const refused = await as(session.stack, 'cm.shelter-a', DEADLINES, { filter: { agencyId: 'shelter-b' } });
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    await context.close();
  });

  it('gives a first responder no menu entry, and the page shows the API refusal in words', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await signIn(page, 'police.tirana');
    expect(await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Deadlines' }).count()).toBe(0);
    await open(page, '/deadlines');
    await page.getByRole('alert').getByText('Your role may not do this.').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(0);
    await shot(page, 'deadlines-08-refused');
    await expectAccessible(page, 'deadlines refused');
    await context.close();
  });
});
