/**
 * Rows in PostgreSQL's COPY text format (one line a row, columns separated by tabs, `\N` for NULL), for the rebuild's
 * staging write through `COPY … FROM STDIN` (docs/statistics.md, "Rebuild"). PostgreSQL parses these lines about ten
 * times faster than the same rows as JSON through `json_populate_recordset`, which was most of the staging write.
 *
 * The read model's values are codes, dates, ISO times, booleans, hex keys and arrays of codes; every string is escaped
 * all the same (backslash, tab, newline, carriage return), so no value can end a field or a row early.
 */
export type CopyValue = string | boolean | null | undefined | readonly string[];

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A string as a COPY text field: PostgreSQL's escapes for backslash, tab, newline and carriage return. */
function escapeField(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (character) => ESCAPES[character]) : text;
}

/** An array literal (`{"a","b"}`): every element quoted, `"` and `\` within it escaped. */
function arrayLiteral(values: readonly string[]): string {
  let literal = '{';
  for (let index = 0; index < values.length; index += 1) {
    if (index > 0) literal += ',';
    literal += `"${values[index].replace(/[\\"]/g, '\\$&')}"`;
  }
  return `${literal}}`;
}

/** One value as a COPY text field. */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'string') return escapeField(value);
  return escapeField(arrayLiteral(value));
}

/** One row: the values of `columns`, in that order, and the newline that ends it. */
export function copyLine<K extends string>(row: Readonly<Record<K, CopyValue>>, columns: readonly K[]): string {
  let line = '';
  for (let index = 0; index < columns.length; index += 1) {
    if (index > 0) line += '\t';
    line += copyField(row[columns[index]]);
  }
  return `${line}\n`;
}

/** Rows a chunk handed to the stream: fewer, larger writes. */
const LINES_A_CHUNK = 1000;

/** The lines of many rows (`lines` gives each row's lines: none, one or several), gathered into chunks for the stream. */
export function* copyChunks<T>(rows: Iterable<T>, lines: (row: T) => Iterable<string>): Generator<string> {
  let chunk = '';
  let count = 0;
  for (const row of rows) {
    for (const line of lines(row)) {
      chunk += line;
      count += 1;
    }
    if (count >= LINES_A_CHUNK) {
      yield chunk;
      chunk = '';
      count = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}
