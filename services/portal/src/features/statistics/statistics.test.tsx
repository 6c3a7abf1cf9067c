import { act, screen, waitFor, within } from '@testing-library/react';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n';
import { renderWithApi, sentInput, type Answer, type Sent } from '../../test-support';
import { Dashboard } from './Dashboard';
import { pivot } from './model';
import { initialChoice, monthsOf, periodRange } from './period';

// Recharts sizes its charts with ResizeObserver, which jsdom lacks; the charts draw nothing here (the tables carry the
// figures, and the browser test looks at the drawing).
class NoResize {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? NoResize });

const TODAY = new Date(2026, 3, 15); // 15 April 2026: the page opens on March 2026.

let en: i18n;
let sq: i18n;
beforeAll(async () => {
  en = await createI18n('en');
  sq = await createI18n('sq');
});

const table = (input: { from: string; to: string; groupBy: string[]; measure?: string }, cells: { values: string[]; count: number | null; suppressed: boolean }[], total: number | null = 40) => ({
  __typename: 'StatisticsTable',
  groupBy: input.groupBy,
  measure: input.measure ?? 'IDENTIFICATIONS',
  threshold: 5,
  from: input.from,
  to: input.to,
  granularity: 'MONTH',
  total,
  totalSuppressed: total === null,
  cells: cells.map((cell) => ({ __typename: 'StatisticsCell', ...cell })),
});

const BY_SEX = [
  { values: ['FEMALE'], count: 31, suppressed: false },
  { values: ['MALE'], count: null, suppressed: true },
  { values: ['UNKNOWN'], count: 0, suppressed: false },
];

const SNAPSHOT = { id: 'snap-1', periodKind: 'QUARTER', periodKey: '2026-Q1', periodStart: '2026-01-01', periodEnd: '2026-03-31', revision: 2, revisionNote: 'IDENTIFICATIONS by SEX', computedAt: '2026-04-02T00:00:00Z' };

/** The API as the contract says (docs/statistics.md), with the exports' file kept apart. */
function api(overrides: Partial<Record<string, (sent: Sent) => unknown>> = {}): Answer {
  return (sent) => {
    const override = overrides[sent.operationName ?? ''];
    if (override) return { data: override(sent) };
    const input = sent.variables['input'] as { from: string; to: string; groupBy: string[]; measure: string } | undefined;
    switch (sent.operationName) {
      case 'NationalStatistics':
        return { data: { nationalStatistics: table(input!, input!.groupBy.length > 1 ? [] : BY_SEX) } };
      case 'StatisticsTrend':
        return { data: Object.fromEntries(Object.entries(sent.variables).filter(([key, value]) => key.startsWith('i') && value).map(([key]) => [`m${key.slice(1)}`, { __typename: 'StatisticsTable', from: '', to: '', total: key === 'i2' ? null : 10, totalSuppressed: key === 'i2', threshold: 5 }])) };
      case 'StatisticsFunnel':
        return {
          data: {
            statisticsFunnel: {
              __typename: 'StatisticsFunnel',
              from: '2026-03-01',
              to: '2026-03-31',
              granularity: 'MONTH',
              threshold: 5,
              steps: [
                { __typename: 'FunnelStep', stage: 'IDENTIFIED', count: 40, suppressed: false },
                { __typename: 'FunnelStep', stage: 'REFERRED', count: 22, suppressed: false },
                { __typename: 'FunnelStep', stage: 'OUTCOME', count: null, suppressed: true },
              ],
              durations: [
                { __typename: 'StageDuration', stage: 'REFERRED', medianDays: 2.5, p90Days: 9, count: 22, suppressed: false },
                { __typename: 'StageDuration', stage: 'OUTCOME', medianDays: null, p90Days: null, count: null, suppressed: true },
              ],
            },
          },
        };
      case 'ShelterOccupancy':
        return { data: { shelterOccupancy: [{ __typename: 'OccupancyPoint', date: '2026-01-31', occupied: 12, suppressed: false }] } };
      case 'OverdueItems':
        return { data: { overdueItems: [{ __typename: 'OverdueCount', kind: 'REFERRAL_RESPONSE', count: 6, suppressed: false }] } };
      case 'StatisticsSnapshots':
        return { data: { statisticsSnapshots: [{ __typename: 'StatisticsSnapshot', ...SNAPSHOT }] } };
      case 'StatisticsSnapshot':
        return {
          data: {
            statisticsSnapshot: {
              __typename: 'StatisticsSnapshot',
              ...SNAPSHOT,
              threshold: 10,
              tables: [{ key: 'IDENTIFICATIONS:AGE_GROUP', ...table({ from: '2026-01-01', to: '2026-03-31', groupBy: ['AGE_GROUP'] }, [{ values: ['CHILD'], count: 14, suppressed: false }], 14), __typename: 'StatisticsSnapshotTable' }],
            },
          },
        };
      case 'StatisticsRegions':
        return { data: { regions: [{ __typename: 'Region', code: 'TIRANA', label: 'Tirana' }] } };
      default:
        return { data: null };
    }
  };
}

describe('periods', () => {
  it('are whole months, quarters and years, and exact dates as given', () => {
    const base = { year: 2024, month: 2, quarter: 4, from: '2024-05-03', to: '2024-06-01' };
    expect(periodRange({ ...base, granularity: 'MONTH' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange({ ...base, granularity: 'QUARTER' })).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(periodRange({ ...base, granularity: 'YEAR' })).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(periodRange({ ...base, granularity: 'EXACT' })).toEqual({ from: '2024-05-03', to: '2024-06-01' });
  });

  it('open on the last whole month, December of last year in January', () => {
    expect(periodRange(initialChoice(new Date(2026, 0, 10)))).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(monthsOf(2026, TODAY).filter((month) => month.started).map((month) => month.month)).toEqual([1, 2, 3, 4]);
  });
});

describe('a two-dimension table', () => {
  it('is laid out as rows by columns, a combination not listed counting zero', () => {
    const layout = pivot({
      groupBy: ['SEX', 'AGE_GROUP'],
      cells: [
        { values: ['FEMALE', 'CHILD'], count: 7, suppressed: false },
        { values: ['FEMALE', 'ADULT'], count: null, suppressed: true },
        { values: ['MALE', 'ADULT'], count: 9, suppressed: false },
      ],
    });
    expect(layout.columns).toEqual(['CHILD', 'ADULT']);
    expect(layout.rows.map((row) => [row.key, row.figures['CHILD'], row.figures['ADULT']])).toEqual([
      ['FEMALE', { count: 7, suppressed: false }, { count: null, suppressed: true }],
      ['MALE', { count: 0, suppressed: false }, { count: 9, suppressed: false }],
    ]);
  });
});

describe('the statistics dashboard', () => {
  it('shows the counts with a suppressed cell marked as such and why, never as "< 5"', async () => {
    const { sent } = renderWithApi(<Dashboard isHead={false} download={vi.fn()} today={TODAY} />, en, api());
    const counts = await screen.findByTestId('statistics-counts');
    expect(sent.find((entry) => entry.operationName === 'NationalStatistics')?.variables['input']).toEqual({ from: '2026-03-01', to: '2026-03-31', groupBy: ['SEX'], measure: 'IDENTIFICATIONS' });
    const female = within(counts).getByText('Female').closest('tr')!;
    expect(within(female).getByText('31')).toBeTruthy();
    const male = within(counts).getByText('Male').closest('tr')!;
    const marker = within(male).getByText('Suppressed');
    expect(marker.closest('[title]')?.getAttribute('title')).toBe('Withheld by disclosure control (threshold 5)');
    expect(marker.closest('[aria-describedby]')?.getAttribute('aria-describedby')).toBe('statistics-suppression-note');
    expect(document.getElementById('statistics-suppression-note')?.textContent).toContain('below the threshold of 5');
    expect(within(counts).getByText('Unknown').closest('tr')!.textContent).toContain('0');
    expect(document.body.textContent).not.toMatch(/<\s*5/);
    expect(within(counts.parentElement!).getByText('Period counted: March 2026.')).toBeTruthy();
    expect(screen.getByText(/Total Identifications:/).textContent).toContain('40');
    // The chart says what it shows and that the table holds the same figures.
    expect(screen.getByRole('img', { name: 'Chart of Identifications by Sex, March 2026; the table holds the same figures.' })).toBeTruthy();
  });

  it('asks for a quarter, a second dimension and another measure; exact dates are the head’s only', async () => {
    const { sent, user } = renderWithApi(<Dashboard isHead={false} download={vi.fn()} today={TODAY} />, en, api());
    await screen.findByTestId('statistics-counts');
    expect(within(screen.getByLabelText('Period type')).queryByRole('option', { name: 'Exact dates' })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Period type'), 'QUARTER');
    await user.selectOptions(screen.getByLabelText('Quarter'), '2');
    await user.selectOptions(screen.getByLabelText('Columns by'), 'REGION');
    await user.selectOptions(screen.getByLabelText('Measure'), 'CASE_CLOSURES');
    await waitFor(() =>
      expect(sent.filter((entry) => entry.operationName === 'NationalStatistics').at(-1)?.variables['input']).toEqual({ from: '2026-04-01', to: '2026-06-30', groupBy: ['SEX', 'REGION'], measure: 'CASE_CLOSURES' }),
    );
    // The same dimension is not offered twice.
    expect(within(screen.getByLabelText('Columns by')).queryByRole('option', { name: 'Sex' })).toBeNull();
  });

  it('lets the head choose exact dates', async () => {
    const { sent, user } = renderWithApi(<Dashboard isHead download={vi.fn()} today={TODAY} />, en, api());
    await screen.findByTestId('statistics-counts');
    await user.selectOptions(screen.getByLabelText('Period type'), 'EXACT');
    const from = screen.getByLabelText('From');
    await user.clear(from);
    expect(screen.getByRole('alert').textContent).toBe('Give both dates, the second not before the first.');
    await user.type(from, '2026-03-10');
    await waitFor(() => expect(sent.filter((entry) => entry.operationName === 'NationalStatistics').at(-1)?.variables['input']).toMatchObject({ from: '2026-03-10', to: '2026-03-31' }));
    // Nothing incomplete was asked for while typing.
    expect(sent.filter((entry) => entry.operationName === 'NationalStatistics').every((entry) => /^\d{4}-\d{2}-\d{2}$/.test((entry.variables['input'] as { from: string }).from))).toBe(true);
  });

  it('shows the trend, the funnel with its days, occupancy and overdue items', async () => {
    const { sent } = renderWithApi(<Dashboard isHead={false} download={vi.fn()} today={TODAY} />, en, api());
    const trend = await screen.findByTestId('statistics-trend');
    const trendRequest = sent.find((entry) => entry.operationName === 'StatisticsTrend')!.variables;
    expect(trendRequest['m3']).toEqual({ from: '2026-03-01', to: '2026-03-31', groupBy: [], measure: 'IDENTIFICATIONS' });
    expect([trendRequest['i4'], trendRequest['i5']]).toEqual([true, false]);
    expect(within(within(trend).getByText('February').closest('tr')!).getByText('Suppressed')).toBeTruthy();
    expect(within(trend).queryByText('May')).toBeNull();

    const funnel = await screen.findByTestId('statistics-funnel');
    expect(within(funnel).getByText('Referred').closest('tr')!.textContent).toContain('22');
    expect(within(within(funnel).getByText('Formal identification concluded').closest('tr')!).getByText('Suppressed')).toBeTruthy();
    const durations = screen.getByTestId('statistics-durations');
    expect(within(durations).getByText('Identification and referral').closest('tr')!.textContent).toContain('2.5 days');
    expect(within(durations).getByText('Identification and referral').closest('tr')!.textContent).toContain('9 days');
    expect(within(within(durations).getByText('The request and its outcome').closest('tr')!).getAllByText('Suppressed')).toHaveLength(3);

    expect(within(await screen.findByTestId('statistics-occupancy')).getByText('12')).toBeTruthy();
    expect(within(await screen.findByTestId('statistics-overdue')).getByText('Answer the referral').closest('tr')!.textContent).toContain('6');
  });

  it('lists the snapshots with their revision and note, opens one to its tables and exports it', async () => {
    const { user, sent } = renderWithApi(<Dashboard isHead={false} download={vi.fn()} today={TODAY} />, en, api());
    const list = await screen.findByTestId('statistics-snapshots');
    const row = within(list).getByText('Q1 2026').closest('tr')!;
    expect(row.textContent).toContain('IDENTIFICATIONS by SEX');
    expect(within(row).getByText('2')).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: 'Open the snapshot of Q1 2026, revision 2' }));
    const opened = await screen.findByRole('group', { name: 'Snapshot of Q1 2026, revision 2' });
    expect(within(opened).getByText('What changed: IDENTIFICATIONS by SEX')).toBeTruthy();
    expect(within(opened).getByText(/Published with the threshold of files: figures from 1 to below 10/)).toBeTruthy();
    expect(within(opened).getByRole('option', { name: 'Identifications by Age group' })).toBeTruthy();
    expect(within(opened).getByText('Child').closest('tr')!.textContent).toContain('14');
    // Exporting it is one press away.
    await user.click(within(opened).getByRole('button', { name: 'Export this snapshot' }));
    expect(screen.getByRole('radio', { name: 'The snapshot of Q1 2026, revision 2' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(sentInput(sent, 'RequestStatisticsExport')).toMatchObject({ kind: 'SNAPSHOT', format: 'CSV', table: null, snapshotId: 'snap-1' }));
  });

  it('exports the table with its progress, then saves the file', async () => {
    let polls = 0;
    const download = vi.fn(async () => new Blob(['a,b\n'], { type: 'text/csv' }));
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return `blob:export-${created.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    let finish: () => void = () => undefined;
    const answer = api({
      RequestStatisticsExport: () => ({ requestStatisticsExport: { __typename: 'StatisticsExport', id: 'exp-1', state: 'QUEUED', progress: 0, fileName: null } }),
      StatisticsExport: () => {
        polls += 1;
        return { statisticsExport: { __typename: 'StatisticsExport', id: 'exp-1', state: polls < 2 ? 'RUNNING' : 'READY', progress: polls < 2 ? 40 : 100, fileName: polls < 2 ? null : 'statistics-2026-03.xlsx' } };
      },
    });
    const { sent, user } = renderWithApi(<Dashboard isHead={false} download={download} today={TODAY} pollMs={5} />, en, (entry) => {
      if (entry.operationName === 'StatisticsExport' && polls === 0) return new Promise((resolve) => (finish = () => resolve(answer(entry) as never)));
      return answer(entry);
    });
    await screen.findByTestId('statistics-counts');
    await user.click(screen.getByRole('radio', { name: 'Excel (XLSX)' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const progress = await screen.findByRole('progressbar', { name: 'Export progress' });
    expect(progress.getAttribute('aria-valuenow')).toBe('0');
    expect(sentInput(sent, 'RequestStatisticsExport')).toEqual({
      kind: 'TABLE',
      format: 'XLSX',
      table: { from: '2026-03-01', to: '2026-03-31', groupBy: ['SEX'], measure: 'IDENTIFICATIONS' },
      snapshotId: null,
    });
    await act(async () => finish());
    expect(await screen.findByText('The export is ready and was saved.')).toBeTruthy();
    expect(download).toHaveBeenCalledWith('exp-1');
    expect(screen.getByRole('link', { name: 'Save statistics-2026-03.xlsx again' }).getAttribute('download')).toBe('statistics-2026-03.xlsx');
    expect(click).toHaveBeenCalled();
    click.mockRestore();
  });

  it('says a failed export failed', async () => {
    const { user } = renderWithApi(
      <Dashboard isHead={false} download={vi.fn()} today={TODAY} pollMs={5} />,
      en,
      api({ RequestStatisticsExport: () => ({ requestStatisticsExport: { __typename: 'StatisticsExport', id: 'exp-2', state: 'FAILED', progress: 0, fileName: null } }) }),
    );
    await screen.findByTestId('statistics-counts');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('The export failed. Try again; if it fails again, tell the platform administrator.')).toBeTruthy();
  });

  it('shows the API’s refusal of the choice', async () => {
    renderWithApi(<Dashboard isHead={false} download={vi.fn()} today={TODAY} />, en, (sent) =>
      sent.operationName === 'NationalStatistics' ? { errors: [{ message: 'input.to: too long', extensions: { code: 'BAD_USER_INPUT', fields: ['input.to'] } }] } : api()(sent),
    );
    expect(await screen.findByText(/These figures cannot be counted for this choice/)).toBeTruthy();
  });

  it('speaks Albanian, dimension values included', async () => {
    renderWithApi(<Dashboard isHead={false} download={vi.fn()} today={TODAY} />, sq, api());
    const counts = await screen.findByTestId('statistics-counts');
    expect(screen.getByRole('heading', { level: 1, name: 'Statistikat kombëtare' })).toBeTruthy();
    expect(within(counts).getByRole('columnheader', { name: 'Gjinia' })).toBeTruthy();
    expect(within(counts).getByText('E panjohur')).toBeTruthy();
    expect(within(counts).getByText('E fshehur')).toBeTruthy();
    expect(document.getElementById('statistics-suppression-note')?.textContent).toContain('kontrollit të zbulimit statistikor');
    expect(screen.getAllByText('Periudha e numëruar: Mars 2026.').length).toBeGreaterThan(0);
  });
});
