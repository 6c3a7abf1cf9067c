import type { TFunction } from 'i18next';
import type { Dimension, Figure, StatisticsTable } from './types';

/** A figure's key for a dimension value that has no translation of its own (a code the portal does not know yet). */
const SHELL_KEYS: Partial<Record<Dimension, string>> = { SEX: 'sex', EXPLOITATION_TYPE: 'exploitation' };

/**
 * A dimension value in words, in the user's language: sex and forms of exploitation as the identification form says
 * them, regions by the API's labels, countries by `Intl` (with Kosovo's `XK`), the others from this feature's messages;
 * a code the portal has no words for is shown as it is.
 */
export function valueLabel(t: TFunction, language: string, regions: ReadonlyMap<string, string>, dimension: Dimension, value: string): string {
  if (value === 'UNKNOWN') return t('statistics.values.UNKNOWN');
  if (dimension === 'REGION') return regions.get(value.toUpperCase()) ?? value;
  if (dimension === 'CITIZENSHIP_COUNTRY') {
    try {
      return new Intl.DisplayNames([language], { type: 'region' }).of(value.toUpperCase()) ?? value;
    } catch {
      return value;
    }
  }
  const shell = SHELL_KEYS[dimension];
  if (shell) return t(`${shell}.${value}`, { defaultValue: value });
  return t(`statistics.values.${dimension}.${value}`, { defaultValue: value });
}

/** One row of a table: the first dimension's value and its figures, by the second dimension's value (or `''`). */
export interface PivotRow {
  key: string;
  figures: Record<string, Figure>;
}
export interface Pivot {
  rows: PivotRow[];
  /** The second dimension's values in the order the API gave them; `['']` for a one-dimension table. */
  columns: string[];
}

/** A table's cells laid out as rows × columns, keeping the API's order. A combination the API did not list is 0. */
export function pivot(table: Pick<StatisticsTable, 'cells' | 'groupBy'>): Pivot {
  const two = table.groupBy.length > 1;
  const rows = new Map<string, PivotRow>();
  const columns: string[] = [];
  for (const cell of table.cells) {
    const rowKey = cell.values[0] ?? '';
    const columnKey = two ? (cell.values[1] ?? '') : '';
    if (!columns.includes(columnKey)) columns.push(columnKey);
    const row = rows.get(rowKey) ?? { key: rowKey, figures: {} };
    row.figures[columnKey] = { count: cell.count, suppressed: cell.suppressed };
    rows.set(rowKey, row);
  }
  if (!columns.length) columns.push('');
  for (const row of rows.values()) for (const column of columns) row.figures[column] ??= { count: 0, suppressed: false };
  return { rows: [...rows.values()], columns };
}

/** A figure for a chart: a withheld one has no value (no bar is drawn), never a guess. */
export const chartValue = (figure: Figure | undefined) => (figure && !figure.suppressed ? (figure.count ?? 0) : null);
