import { regionOf } from './country-regions';
import { MISSING } from './ctdc-layout';

/**
 * k-anonymity of the CTDC record-level export (docs/statistics.md, Exports: "The CTDC export"). A pure function: the
 * export's rows in, the rows that may leave the platform out, with what was generalised and how many were withheld.
 *
 * The quasi-identifiers are what an outsider could know of a person and link to the file: the year of registration,
 * gender, age (the CTDC age band and the majority status it implies), citizenship and the country of exploitation.
 * The other columns (means of control, types of exploitation, recruiter relation) are the data the file is for and are
 * never generalised, as in the CTDC's own dataset.
 *
 * Full-domain generalisation, step by step, always on every record (so a column means the same in every row): after
 * each step, if the records left in groups (same values of every quasi-identifier) smaller than k are at most
 * `maxSuppressedShare` of all records, stop; otherwise take the next step. Whatever is still in a group smaller than k
 * at the end is withheld, so every combination of quasi-identifiers in the output occurs at least k times.
 */
export interface QuasiIdentifiers {
  /** A year ("2026"), or a span ("2024–2026") once generalised. */
  yearOfRegistration: string;
  gender: string;
  /** The CTDC age band; -99 (not known) once generalised to the majority status. */
  ageBroad: string;
  majorityStatus: string;
  /** ISO 3166-1 alpha-2, a region, or OTHER; -99 when not known. */
  citizenship: string;
  CountryOfExploitation: string;
}

export const QUASI_IDENTIFIERS: ReadonlyArray<keyof QuasiIdentifiers> = [
  'yearOfRegistration',
  'gender',
  'ageBroad',
  'majorityStatus',
  'citizenship',
  'CountryOfExploitation',
];

/** The generalisation steps, in the order they are taken. */
export enum Generalisation {
  AGE_TO_MAJORITY_STATUS = 'AGE_TO_MAJORITY_STATUS',
  RARE_CITIZENSHIP_TO_REGION = 'RARE_CITIZENSHIP_TO_REGION',
  RARE_COUNTRY_OF_EXPLOITATION_TO_REGION = 'RARE_COUNTRY_OF_EXPLOITATION_TO_REGION',
  YEAR_TO_SPAN = 'YEAR_TO_SPAN',
  CITIZENSHIP_TO_REGION = 'CITIZENSHIP_TO_REGION',
  COUNTRY_OF_EXPLOITATION_TO_REGION = 'COUNTRY_OF_EXPLOITATION_TO_REGION',
  RARE_REGION_TO_OTHER = 'RARE_REGION_TO_OTHER',
  YEAR_TO_WHOLE_PERIOD = 'YEAR_TO_WHOLE_PERIOD',
}

export interface KAnonymityOptions {
  k: number;
  /** The share of records (0–1) that may be withheld rather than generalise further. */
  maxSuppressedShare: number;
  /** Years per span at YEAR_TO_SPAN (spans aligned on multiples of it: 2025–2027). */
  yearSpan: number;
}

export interface KAnonymityResult<R> {
  records: Array<R & QuasiIdentifiers>;
  /** Records withheld because their group stayed smaller than k. */
  suppressed: number;
  /** The steps taken, in order. */
  generalisations: Generalisation[];
}

type Step = (records: QuasiIdentifiers[], k: number, options: KAnonymityOptions, years: number[]) => QuasiIdentifiers[];

/** Each value of `field` seen fewer than k times is replaced by `generalise(value)`. */
function generaliseRare(field: 'citizenship' | 'CountryOfExploitation', generalise: (value: string) => string): Step {
  return (records, k) => {
    const counts = countBy(records, (record) => record[field]);
    return records.map((record) => ((counts.get(record[field]) ?? 0) < k ? { ...record, [field]: generalise(record[field]) } : record));
  };
}

const STEPS: ReadonlyArray<[Generalisation, Step]> = [
  [Generalisation.AGE_TO_MAJORITY_STATUS, (records) => records.map((record) => ({ ...record, ageBroad: MISSING }))],
  [Generalisation.RARE_CITIZENSHIP_TO_REGION, generaliseRare('citizenship', regionOf)],
  [Generalisation.RARE_COUNTRY_OF_EXPLOITATION_TO_REGION, generaliseRare('CountryOfExploitation', regionOf)],
  [
    Generalisation.YEAR_TO_SPAN,
    (records, _k, options, years) =>
      records.map((record, index) => {
        const start = Math.floor((years[index] ?? 0) / options.yearSpan) * options.yearSpan;
        return { ...record, yearOfRegistration: options.yearSpan > 1 ? `${start}–${start + options.yearSpan - 1}` : String(start) };
      }),
  ],
  [Generalisation.CITIZENSHIP_TO_REGION, (records) => records.map((record) => ({ ...record, citizenship: regionOf(record.citizenship) }))],
  [
    Generalisation.COUNTRY_OF_EXPLOITATION_TO_REGION,
    (records) => records.map((record) => ({ ...record, CountryOfExploitation: regionOf(record.CountryOfExploitation) })),
  ],
  [
    Generalisation.RARE_REGION_TO_OTHER,
    (records, k, options, years) =>
      generaliseRare('CountryOfExploitation', toOther)(generaliseRare('citizenship', toOther)(records, k, options, years), k, options, years),
  ],
  [
    Generalisation.YEAR_TO_WHOLE_PERIOD,
    (records, _k, _options, years) => {
      const first = Math.min(...years);
      const last = Math.max(...years);
      const period = first === last ? String(first) : `${first}–${last}`;
      return records.map((record) => ({ ...record, yearOfRegistration: period }));
    },
  ],
];

function toOther(value: string): string {
  return value === MISSING ? MISSING : 'OTHER';
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The group a record falls in: its quasi-identifiers, joined with a separator no value contains. */
export function groupKey(record: QuasiIdentifiers): string {
  return QUASI_IDENTIFIERS.map((field) => record[field]).join('\u001f');
}

/** The records in groups smaller than k. */
function belowK(records: QuasiIdentifiers[], k: number): number {
  const sizes = countBy(records, groupKey);
  return records.filter((record) => (sizes.get(groupKey(record)) ?? 0) < k).length;
}

/** The records, generalised and with small groups withheld, so that every group holds at least k records. */
export function kAnonymise<R extends QuasiIdentifiers>(records: readonly R[], options: KAnonymityOptions): KAnonymityResult<R> {
  const { k } = options;
  if (!Number.isInteger(k) || k < 2) throw new RangeError('k must be an integer of at least 2');
  if (!(options.maxSuppressedShare >= 0 && options.maxSuppressedShare <= 1)) throw new RangeError('maxSuppressedShare must be within 0 and 1');
  if (!Number.isInteger(options.yearSpan) || options.yearSpan < 1) throw new RangeError('yearSpan must be a positive integer');
  const years = records.map((record) => {
    const year = Number(record.yearOfRegistration);
    if (!Number.isInteger(year)) throw new RangeError('yearOfRegistration must be a year');
    return year;
  });
  let current: QuasiIdentifiers[] = records.map((record) => pickQuasiIdentifiers(record));
  const generalisations: Generalisation[] = [];
  const allowed = Math.floor(options.maxSuppressedShare * records.length);
  for (const [name, step] of STEPS) {
    if (belowK(current, k) <= allowed) break;
    current = step(current, k, options, years);
    generalisations.push(name);
  }
  const sizes = countBy(current, groupKey);
  const kept: Array<R & QuasiIdentifiers> = [];
  current.forEach((quasi, index) => {
    if ((sizes.get(groupKey(quasi)) ?? 0) >= k) kept.push({ ...(records[index] as R), ...quasi });
  });
  return { records: kept, suppressed: records.length - kept.length, generalisations };
}

function pickQuasiIdentifiers(record: QuasiIdentifiers): QuasiIdentifiers {
  return {
    yearOfRegistration: record.yearOfRegistration,
    gender: record.gender,
    ageBroad: record.ageBroad,
    majorityStatus: record.majorityStatus,
    citizenship: record.citizenship,
    CountryOfExploitation: record.CountryOfExploitation,
  };
}
