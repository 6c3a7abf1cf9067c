/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { as, identificationInput, mustSucceed, sleep, SUBMIT } from '../../gateway/test/support/nrm-fixtures';
import { expectAccessible, openPortal, shot, signIn, switchLanguage, type PortalSession } from './support/browser';

/**
 * The national statistics dashboard in Chromium (docs/statistics.md, docs/portal.md): persons submitted through the
 * API so that this month's table by sex holds a figure below the threshold; the coordinator opens the dashboard for
 * this month and sees that cell marked as suppressed with the explanation (never "< 5"), switches to Albanian, exports
 * the table and saves the file; a shelter's case manager has no entry and no page, and the API refuses them.
 */
const TABLE = `query($input: StatisticsInput!) { nationalStatistics(input: $input) { total totalSuppressed cells { values count suppressed } } }`;

let session: PortalSession;

/** This month in Tirana time, as the read model counts it. */
const tirana = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Tirana', year: 'numeric', month: '2-digit' }).format(new Date());
const [YEAR, MONTH] = tirana.split('-').map(Number) as [number, number];
const MONTH_INPUT = { from: `${tirana}-01`, to: `${tirana}-${String(new Date(Date.UTC(YEAR, MONTH, 0)).getUTCDate()).padStart(2, '0')}`, groupBy: ['SEX'] };
const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(YEAR, MONTH - 1, 1)));

async function submit(sex: string, index: number): Promise<void> {
  const input = identificationInput({ givenName: 'Stat', familyName: `Statcase${'abcdefghij'[index]}` });
  await mustSucceed(session.stack, 'police.tirana', SUBMIT, { input: { ...input, person: { ...(input['person'] as object), sex } } });
}

async function signedIn(username: string): Promise<Page> {
  const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

beforeAll(async () => {
  session = await openPortal('statistics');
  // Enough women for a published figure, one person of sex OTHER: a figure below the threshold.
  for (let index = 0; index < 6; index += 1) await submit('FEMALE', index);
  await submit('OTHER', 6);
  // The events reach the read model through the outbox and the queue.
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const data = await mustSucceed<{ nationalStatistics: { cells: { values: string[]; suppressed: boolean }[] } }>(session.stack, 'coordinator', TABLE, { input: MONTH_INPUT });
    if (data.nationalStatistics.cells.some((cell) => cell.values[0] === 'OTHER' && cell.suppressed)) return;
    await sleep(1000);
  }
  throw new Error("this month's OTHER cell never came back suppressed");
}, 600_000);

afterAll(async () => {
  await session?.close();
});

describe('the national coordinator', () => {
  it('sees a suppressed cell marked and explained, in English and Albanian, and exports the table', async () => {
    const page = await signedIn('coordinator');
    await page.getByRole('navigation').getByRole('link', { name: 'Statistics' }).click();
    await page.getByRole('heading', { level: 1, name: 'National statistics' }).waitFor();
    const period = page.getByRole('group', { name: 'Period' });
    await period.getByLabel('Year').selectOption(String(YEAR));
    await period.getByLabel('Month').selectOption(String(MONTH));
    await page.getByText(`Period counted: ${MONTH_NAME} ${YEAR}.`).waitFor();

    const counts = page.getByTestId('statistics-counts');
    const other = counts.getByRole('row').filter({ hasText: 'Other' });
    await other.getByText('Suppressed').waitFor();
    expect(await other.locator('[title]').getAttribute('title')).toBe('Withheld by disclosure control (threshold 5)');
    await expect(page.locator('#statistics-suppression-note').textContent()).resolves.toContain('below the threshold of 5');
    expect(await counts.textContent()).not.toMatch(/<\s*\d/);
    await page.getByRole('img', { name: /^Chart of Identifications by Sex/ }).waitFor();
    await page.getByTestId('statistics-funnel').waitFor();
    await shot(page, 'statistics-01-counts');
    await expectAccessible(page, 'statistics dashboard');

    await switchLanguage(page, 'sq');
    await page.getByRole('heading', { level: 1, name: 'Statistikat kombëtare' }).waitFor();
    await counts.getByRole('row').filter({ hasText: 'Tjetër' }).getByText('E fshehur').waitFor();
    await expect(page.locator('#statistics-suppression-note').textContent()).resolves.toContain('kontrollit të zbulimit statistikor');
    await shot(page, 'statistics-02-albanian');
    await expectAccessible(page, 'statistics dashboard in Albanian');
    await switchLanguage(page, 'en');

    const exports = page.locator('section', { has: page.getByRole('heading', { name: 'Exports' }) });
    await exports.getByRole('radio', { name: 'CSV' }).check({ force: true });
    const downloading = page.waitForEvent('download');
    await exports.getByRole('button', { name: 'Export' }).click();
    await exports.getByRole('progressbar', { name: 'Export progress' }).waitFor().catch(() => undefined);
    const file = await downloading;
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    expect(csv).toContain(MONTH_INPUT.from);
    expect(csv).toMatch(/SEX/);
    expect(csv).not.toMatch(/<\s*\d/);
    await exports.getByRole('status').getByText('The export is ready and was saved.').waitFor();
    await shot(page, 'statistics-03-exported');
    await expectAccessible(page, 'statistics exported');
    await page.context().close();
    expect(session.cspViolations).toEqual([]);
  });

  it('is what ra.head sees too, with exact dates to choose', async () => {
    const page = await signedIn('ra.head');
    await page.getByRole('navigation').getByRole('link', { name: 'Statistics' }).click();
    await page.getByRole('group', { name: 'Period' }).getByLabel('Period type').selectOption('EXACT');
    await page.getByRole('group', { name: 'Period' }).getByLabel('From').waitFor();
    await page.getByTestId('statistics-counts').waitFor();
    await shot(page, 'statistics-04-head');
    await page.context().close();
  });
});

describe('a shelter user', () => {
  it('has no statistics entry, no page, and the API refuses them', async () => {
    const page = await signedIn('cm.shelter-a');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Statistics' }).count()).toBe(0);
    await page.evaluate(() => {
      window.history.pushState({}, '', '/statistics');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByRole('heading', { name: 'Welcome, cm.shelter-a' }).waitFor();
    expect(await page.getByRole('heading', { name: 'National statistics' }).count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/');
    await shot(page, 'statistics-05-shelter-refused');
    await page.context().close();
    const refused = await as(session.stack, 'cm.shelter-a', TABLE, { input: MONTH_INPUT });
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
