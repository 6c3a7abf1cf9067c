import { PassThrough } from 'node:stream';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
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

const INTEGER = /^-?\d{1,15}$/;

/** Rows written between two yields to the event loop (and, for XLSX, a wait for the zip stream to drain). */
const ROWS_PER_YIELD = 1_000;

/** A file written row by row, for data too large to hold as rows: only the file's bytes grow in memory. */
export interface RowFileWriter {
  write(row: readonly string[]): Promise<void>;
  finish(): Promise<ExportFile>;
}

/**
 * Opens a file in the export layout (parameters first, then the header and the rows as they come). Values are text,
 * but in XLSX the `numeric` columns' integers are written as numbers.
 */
export function openRowFile(
  format: StatisticsExportFormat,
  parameters: readonly ExportParameter[],
  columns: readonly string[],
  numeric: ReadonlySet<string> = new Set(),
): RowFileWriter {
  return format === StatisticsExportFormat.CSV ? csvRowFile(parameters, columns) : xlsxRowFile(parameters, columns, numeric);
}

function csvRowFile(parameters: readonly ExportParameter[], columns: readonly string[]): RowFileWriter {
  const chunks: Buffer[] = [
    Buffer.from(stringify(parameters.map((parameter) => [`# ${parameter.name}`, safeCell(parameter.value)])), 'utf8'),
    Buffer.from(stringify([[...columns]]), 'utf8'),
  ];
  let pending: string[][] = [];
  const flush = () => {
    if (pending.length > 0) chunks.push(Buffer.from(stringify(pending), 'utf8'));
    pending = [];
  };
  return {
    async write(row) {
      pending.push(row.map(safeCell));
      if (pending.length >= ROWS_PER_YIELD) {
        flush();
        await yieldToLoop();
      }
    },
    async finish() {
      flush();
      return { contentType: CONTENT_TYPES[StatisticsExportFormat.CSV], content: Buffer.concat(chunks) };
    },
  };
}

function xlsxRowFile(parameters: readonly ExportParameter[], columns: readonly string[], numeric: ReadonlySet<string>): RowFileWriter {
  const asNumber = columns.map((column) => numeric.has(column));
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  // The streaming writer: each row is zipped as it is committed; no shared strings or styles held for the whole sheet.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  workbook.creator = 'NRM reporting';
  const parametersSheet = workbook.addWorksheet('Parameters');
  parametersSheet.columns = [
    { header: 'parameter', key: 'name', width: 28 },
    { header: 'value', key: 'value', width: 100 },
  ];
  for (const parameter of parameters) parametersSheet.addRow({ name: parameter.name, value: parameter.value }).commit();
  parametersSheet.commit();
  const dataSheet = workbook.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
  dataSheet.addRow([...columns]).commit();
  let written = 0;
  return {
    async write(row) {
      dataSheet.addRow(row.map((value, index) => (asNumber[index] && INTEGER.test(value) ? Number(value) : value))).commit();
      written += 1;
      if (written % ROWS_PER_YIELD === 0) {
        // Backpressure: let the zip stream take what was committed before adding more.
        if (stream.writableNeedDrain) await new Promise((resolve) => stream.once('drain', resolve));
        await yieldToLoop();
      }
    },
    async finish() {
      dataSheet.commit();
      await workbook.commit();
      await ended;
      return { contentType: CONTENT_TYPES[StatisticsExportFormat.XLSX], content: Buffer.concat(chunks) };
    },
  };
}
