/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { Client } from 'pg';
import { as, mustSucceed } from '../../gateway/test/support/nrm-fixtures';
import { expectAccessible, openPortal, shot, signIn, switchLanguage, type PortalSession } from './support/browser';

/**
 * The national statistics dashboard in Chromium (docs/statistics.md, docs/portal.md). The read model's rows for a
 * closed month are written directly: the platform's events carry the time they happened, so identifications submitted
 * through the gateway would count in the current month, whose figures other suites change (the path from events to
 * these rows is tested through the gateway in statistics-read-model.e2e-spec.ts). Women and men enough
 * for published figures, two persons of sex OTHER, a figure below the threshold. The coordinator opens the dashboard
 * for that month and sees that cell marked as suppressed with the explanation (never "< 5"), switches to Albanian,
 * exports the table and saves the file; ra.head may give exact dates; a shelter's case manager has no entry and no
 * page, and the API refuses them.
 */
const TABLE = `query($input: StatisticsInput!) { nationalStatistics(input: $input) { total totalSuppressed cells { values count suppressed } } }`;
const KEY_PREFIX = 'portal-e2e-statistics-';
/** A published snapshot of Q1 2025, second revision, written as the scheduler stores one (tables as JSON). */
const SNAPSHOT_HASH = 'portal-e2e-statistics';
const SNAPSHOT_TABLES = [
  {
    key: 'IDENTIFICATIONS:SEX',
    measure: 'IDENTIFICATIONS',
    groupBy: ['SEX'],
    from: '2025-01-01',
    to: '2025-03-31',
    granularity: 'QUARTER',
    threshold: 10,
    total: 15,
    totalSuppressed: false,
    cells: [
      { values: ['FEMALE'], count: null, suppressed: true },
      { values: ['MALE'], count: null, suppressed: true },
      { values: ['OTHER'], count: null, suppressed: true },
    ],
  },
];

let session: PortalSession;
let db: Client;

/** A month no other suite counts in: February 2025. */
const YEAR = 2025;
const MONTH = 2;
const MONTH_INPUT = { from: '2025-02-01', to: '2025-02-28', groupBy: ['SEX'] };
const MONTH_NAME = 'February';

async function insertPerson(index: number, sex: string): Promise<void> {
  const day = `2025-02-${String(10 + index).padStart(2, '0')}`;
  await db.query(
    `INSERT INTO reporting.person_fact (person_key, identified_at, identified_on, sex, age_group, age_band, citizenship_group, citizenship_country,
       agency_type, region, place_of_exploitation, status)
     VALUES ($1, ($2::date)::timestamp AT TIME ZONE 'UTC' + interval '10 hours', $2, $3, 'ADULT', '18-20', 'NATIONAL', 'AL', 'STATE_POLICE', 'TIRANA', 'DOMESTIC', 'PRESUMED')`,
    [`${KEY_PREFIX}${index}`, day, sex],
  );
  await db.query(`INSERT INTO reporting.person_exploitation (person_key, exploitation_type) VALUES ($1, 'SEXUAL')`, [`${KEY_PREFIX}${index}`]);
}

beforeAll(async () => {
  session = await openPortal('statistics');
  db = new Client({ connectionString: process.env['DATABASE_URL'] });
  await db.connect();
  await db.query(`DELETE FROM reporting.person_fact WHERE person_key LIKE $1`, [`${KEY_PREFIX}%`]);
  const sexes = [...Array<string>(7).fill('FEMALE'), ...Array<string>(6).fill('MALE'), 'OTHER', 'OTHER'];
  for (const [index, sex] of sexes.entries()) await insertPerson(index, sex);
  await db.query(`DELETE FROM reporting.statistics_snapshot WHERE content_hash = $1`, [SNAPSHOT_HASH]);
  await db.query(
    `INSERT INTO reporting.statistics_snapshot (period_start, period_end, computed_at, payload, period_kind, period_key, revision, revision_note, threshold, tables, content_hash)
     VALUES ('2025-01-01', '2025-03-31', '2025-04-01T01:00:00Z', '{}', 'QUARTER', '2025-Q1', 2, 'Changed: IDENTIFICATIONS:SEX', 10, $1, $2)`,
    [JSON.stringify(SNAPSHOT_TABLES), SNAPSHOT_HASH],
  );
  const data = await mustSucceed<{ nationalStatistics: { cells: { values: string[]; suppressed: boolean }[] } }>(session.stack, 'coordinator', TABLE, { input: MONTH_INPUT });
  expect(data.nationalStatistics.cells.find((cell) => cell.values[0] === 'OTHER')).toMatchObject({ suppressed: true });
}, 600_000);

afterAll(async () => {
  await db?.query(`DELETE FROM reporting.person_fact WHERE person_key LIKE $1`, [`${KEY_PREFIX}%`]);
  await db?.query(`DELETE FROM reporting.statistics_snapshot WHERE content_hash = $1`, [SNAPSHOT_HASH]);
  await db?.end();
  await session?.close();
});

async function signedIn(username: string): Promise<Page> {
  const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

describe('the national coordinator', () => {
  it('sees a suppressed cell marked and explained, in English and Albanian, and exports the table', async () => {
    const page = await signedIn('coordinator');
    await page.getByRole('navigation').getByRole('link', { name: 'Statistics' }).click();
    await page.getByRole('heading', { level: 1, name: 'National statistics' }).waitFor();
    const period = page.getByRole('group', { name: 'Period' });
    await period.getByLabel('Year').selectOption(String(YEAR));
    await period.getByLabel('Month').selectOption(String(MONTH));
    await page.getByText(`Period counted: ${MONTH_NAME} ${YEAR}.`).first().waitFor();

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

    // The published snapshot: its period, revision and note; opened, its table with the export's pattern.
    const snapshots = page.getByTestId('statistics-snapshots');
    const snapshotRow = snapshots.getByRole('row').filter({ hasText: 'Q1 2025' });
    await snapshotRow.getByText('Changed: IDENTIFICATIONS:SEX').waitFor();
    await snapshotRow.getByRole('button', { name: 'Open the snapshot of Q1 2025, revision 2' }).click();
    const opened = page.getByRole('group', { name: 'Snapshot of Q1 2025, revision 2' });
    await opened.getByText('What changed: Changed: IDENTIFICATIONS:SEX').waitFor();
    expect(await opened.getByRole('row').filter({ hasText: 'Female' }).getByText('Suppressed').count()).toBe(1);
    await opened.scrollIntoViewIfNeeded();
    await shot(page, 'statistics-03-snapshot');
    await expectAccessible(page, 'statistics snapshot opened');

    const exports = page.getByRole('region', { name: 'Exports', exact: true });
    // Opening a snapshot offers it for export; the table on screen is what this test exports.
    await exports.getByRole('radio', { name: 'The table above' }).check({ force: true });
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
    await shot(page, 'statistics-04-exported');
    await expectAccessible(page, 'statistics exported');
    // At phone width the tables and charts stay inside the page: nothing scrolls sideways.
    await page.setViewportSize({ width: 412, height: 915 });
    // The charts follow their container (ResizeObserver), so they shrink with it.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, undefined, { timeout: 5000 }).catch(() => undefined);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await shot(page, 'statistics-05-phone');
    await page.context().close();
    expect(session.cspViolations).toEqual([]);
  });

  it('is what ra.head sees too, exactly, with exact dates to choose', async () => {
    const page = await signedIn('ra.head');
    await page.getByRole('navigation').getByRole('link', { name: 'Statistics' }).click();
    const period = page.getByRole('group', { name: 'Period' });
    await period.getByLabel('Period type').selectOption('EXACT');
    await period.getByLabel('From').fill(MONTH_INPUT.from);
    await period.getByLabel('To').fill(MONTH_INPUT.to);
    // The head's figures are exact: the two persons of sex OTHER are counted, not withheld.
    const other = page.getByTestId('statistics-counts').getByRole('row').filter({ hasText: 'Other' });
    await other.getByText('2', { exact: true }).waitFor();
    await page.getByText('Exact figures: nothing on this page is withheld', { exact: false }).waitFor();
    await shot(page, 'statistics-06-head');
    await expectAccessible(page, 'statistics dashboard, ra.head');
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
    await shot(page, 'statistics-07-shelter-refused');
    await page.context().close();
    const refused = await as(session.stack, 'cm.shelter-a', TABLE, { input: MONTH_INPUT });
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
