import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { StatisticsExportFormat } from './statistics-export.model';
import type { StatisticsTableCell } from '../tables/statistics-tables.port';

/**
 * The files of statistics exports (docs/statistics.md, Exports): a parameters block and the data. CSV: the
 * parameters as lines starting with `#` (one `# name,value` record each) before the header row, so a reader that
 * skips comment lines reads the data alone; XLSX: a Parameters sheet and a Data sheet.
 */
export interface ExportParameter {
  name: string;
  value: string;
}

export interface ExportFile {
  contentType: string;
  content: Buffer;
}

export const CONTENT_TYPES: Record<StatisticsExportFormat, string> = {
  [StatisticsExportFormat.CSV]: 'text/csv; charset=utf-8',
  [StatisticsExportFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A table to write: its key and cells (the total as one more row, its dimension values TOTAL). */
export interface ExportTable {
  key: string;
  measure: string;
  groupBy: string[];
  cells: StatisticsTableCell[];
  total: number | null;
  totalSuppressed: boolean;
}

/** The long layout every table export shares: one row per cell, a suppressed cell's count empty and its flag 1. */
export function tableRows(tables: readonly ExportTable[]): { columns: string[]; rows: string[][] } {
  const width = Math.max(1, ...tables.map((table) => table.groupBy.length));
  const columns = ['table', 'measure'];
  for (let index = 1; index <= width; index += 1) columns.push(`dimension${index}`, `value${index}`);
  columns.push('count', 'suppressed');
  const rows: string[][] = [];
  for (const table of tables) {
    const line = (values: string[], count: number | null, suppressed: boolean): string[] => {
      const row = [table.key, table.measure];
      for (let index = 0; index < width; index += 1) row.push(table.groupBy[index] ?? '', table.groupBy[index] === undefined ? '' : (values[index] ?? ''));
      row.push(suppressed || count === null ? '' : String(count), suppressed ? '1' : '0');
      return row;
    };
    for (const cell of table.cells) rows.push(line(cell.values, cell.count, cell.suppressed));
    rows.push(line(table.groupBy.map(() => 'TOTAL'), table.total, table.totalSuppressed));
  }
  return { columns, rows };
}

/**
 * Cells a spreadsheet would run as a formula (=, +, -, @ first) are written as text with a leading apostrophe; a plain
 * number (the CTDC's -99) is no formula and stays as it is.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

export async function renderFile(
  format: StatisticsExportFormat,
  parameters: readonly ExportParameter[],
  data: { columns: readonly string[]; rows: readonly string[][] },
): Promise<ExportFile> {
  if (format === StatisticsExportFormat.CSV) {
    const head = stringify(parameters.map((parameter) => [`# ${parameter.name}`, safeCell(parameter.value)]));
    const body = stringify([[...data.columns], ...data.rows.map((row) => row.map(safeCell))]);
    return { contentType: CONTENT_TYPES[format], content: Buffer.from(head + body, 'utf8') };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'NRM reporting';
  const parametersSheet = workbook.addWorksheet('Parameters');
  parametersSheet.columns = [
    { header: 'parameter', key: 'name', width: 28 },
    { header: 'value', key: 'value', width: 100 },
  ];
  for (const parameter of parameters) parametersSheet.addRow({ name: parameter.name, value: parameter.value });
  const dataSheet = workbook.addWorksheet('Data');
  dataSheet.addRow([...data.columns]);
  const countColumn = data.columns.indexOf('count');
  for (const row of data.rows) {
    // Counts as numbers, so the sheet sums them; every other value as text.
    dataSheet.addRow(row.map((value, index) => (index === countColumn && value !== '' ? Number(value) : value)));
  }
  dataSheet.views = [{ state: 'frozen', ySplit: 1 }];
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  return { contentType: CONTENT_TYPES[format], content };
}
