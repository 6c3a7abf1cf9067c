import { regionOf } from './country-regions';
import { MISSING } from './ctdc-layout';

/**
 * k-anonymity of the CTDC record-level export (docs/statistics.md, Exports: "The CTDC export"). Pure functions: the
 * counts of each combination of quasi-identifiers in, a plan out (what each combination is published as, or that it
 * is withheld); `kAnonymise` applies one to records in memory.
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

/** One combination of quasi-identifiers and how many records have it (the plan is decided on these counts alone). */
export interface QuasiIdentifierGroup {
  quasi: QuasiIdentifiers;
  count: number;
}

/** What to publish of each group: decided from the counts, applied to the records as they are read. */
export interface KAnonymityPlan {
  /** The quasi-identifiers a record of this combination is published with; null: the record is withheld. */
  apply(quasi: QuasiIdentifiers): QuasiIdentifiers | null;
  /** Records withheld because their group stayed smaller than k. */
  suppressed: number;
  /** The records that are published. */
  published: number;
  /** The steps taken, in order. */
  generalisations: Generalisation[];
}

/** The groups at one moment: each original group's current quasi-identifiers, its count and its original year. */
interface Groups {
  quasi: QuasiIdentifiers[];
  counts: number[];
  years: number[];
}

type Step = (groups: Groups, k: number, options: KAnonymityOptions) => QuasiIdentifiers[];

/** Each value of `field` seen fewer than k times is replaced by `generalise(value)`. */
function generaliseRare(field: 'citizenship' | 'CountryOfExploitation', generalise: (value: string) => string): Step {
  return ({ quasi, counts }, k) => {
    const seen = weightedCount(quasi, counts, (record) => record[field]);
    return quasi.map((record) => ((seen.get(record[field]) ?? 0) < k ? { ...record, [field]: generalise(record[field]) } : record));
  };
}

const STEPS: ReadonlyArray<[Generalisation, Step]> = [
  [Generalisation.AGE_TO_MAJORITY_STATUS, ({ quasi }) => quasi.map((record) => ({ ...record, ageBroad: MISSING }))],
  [Generalisation.RARE_CITIZENSHIP_TO_REGION, generaliseRare('citizenship', regionOf)],
  [Generalisation.RARE_COUNTRY_OF_EXPLOITATION_TO_REGION, generaliseRare('CountryOfExploitation', regionOf)],
  [
    Generalisation.YEAR_TO_SPAN,
    ({ quasi, years }, _k, options) =>
      quasi.map((record, index) => {
        const start = Math.floor((years[index] ?? 0) / options.yearSpan) * options.yearSpan;
        return { ...record, yearOfRegistration: options.yearSpan > 1 ? `${start}–${start + options.yearSpan - 1}` : String(start) };
      }),
  ],
  [Generalisation.CITIZENSHIP_TO_REGION, ({ quasi }) => quasi.map((record) => ({ ...record, citizenship: regionOf(record.citizenship) }))],
  [
    Generalisation.COUNTRY_OF_EXPLOITATION_TO_REGION,
    ({ quasi }) => quasi.map((record) => ({ ...record, CountryOfExploitation: regionOf(record.CountryOfExploitation) })),
  ],
  [
    Generalisation.RARE_REGION_TO_OTHER,
    (groups, k, options) => generaliseRare('CountryOfExploitation', toOther)({ ...groups, quasi: generaliseRare('citizenship', toOther)(groups, k, options) }, k, options),
  ],
  [
    Generalisation.YEAR_TO_WHOLE_PERIOD,
    ({ quasi, years }) => {
      const first = Math.min(...years);
      const last = Math.max(...years);
      const period = first === last ? String(first) : `${first}–${last}`;
      return quasi.map((record) => ({ ...record, yearOfRegistration: period }));
    },
  ],
];

function toOther(value: string): string {
  return value === MISSING ? MISSING : 'OTHER';
}

function weightedCount<T>(items: readonly T[], weights: readonly number[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  items.forEach((item, index) => counts.set(key(item), (counts.get(key(item)) ?? 0) + (weights[index] ?? 0)));
  return counts;
}

/** The group a record falls in: its quasi-identifiers, joined with a separator no value contains. */
export function groupKey(record: QuasiIdentifiers): string {
  return QUASI_IDENTIFIERS.map((field) => record[field]).join('\u001f');
}

/** The records in groups smaller than k. */
function belowK(quasi: QuasiIdentifiers[], counts: readonly number[], k: number): number {
  const sizes = weightedCount(quasi, counts, groupKey);
  return quasi.reduce((sum, record, index) => sum + ((sizes.get(groupKey(record)) ?? 0) < k ? (counts[index] ?? 0) : 0), 0);
}

function checkOptions(options: KAnonymityOptions): void {
  if (!Number.isInteger(options.k) || options.k < 2) throw new RangeError('k must be an integer of at least 2');
  if (!(options.maxSuppressedShare >= 0 && options.maxSuppressedShare <= 1)) throw new RangeError('maxSuppressedShare must be within 0 and 1');
  if (!Number.isInteger(options.yearSpan) || options.yearSpan < 1) throw new RangeError('yearSpan must be a positive integer');
}

/**
 * The plan that makes every published group hold at least k records, decided on the counts of the combinations of
 * quasi-identifiers alone (what a GROUP BY answers), so the records themselves never need to be in memory at once.
 */
export function kAnonymityPlan(groups: readonly QuasiIdentifierGroup[], options: KAnonymityOptions): KAnonymityPlan {
  checkOptions(options);
  const { k } = options;
  // The same combination given twice counts once, with both counts.
  const merged = new Map<string, QuasiIdentifierGroup>();
  for (const group of groups) {
    if (!Number.isInteger(group.count) || group.count < 0) throw new RangeError('a group count must be a whole number');
    const key = groupKey(group.quasi);
    const seen = merged.get(key);
    merged.set(key, { quasi: pickQuasiIdentifiers(group.quasi), count: (seen?.count ?? 0) + group.count });
  }
  const keys = [...merged.keys()];
  const original = [...merged.values()];
  const counts = original.map((group) => group.count);
  const years = original.map((group) => {
    const year = Number(group.quasi.yearOfRegistration);
    if (!Number.isInteger(year)) throw new RangeError('yearOfRegistration must be a year');
    return year;
  });
  const total = counts.reduce((sum, count) => sum + count, 0);
  let current = original.map((group) => group.quasi);
  const generalisations: Generalisation[] = [];
  const allowed = Math.floor(options.maxSuppressedShare * total);
  for (const [name, step] of STEPS) {
    if (belowK(current, counts, k) <= allowed) break;
    current = step({ quasi: current, counts, years }, k, options);
    generalisations.push(name);
  }
  const sizes = weightedCount(current, counts, groupKey);
  const published = new Map<string, QuasiIdentifiers | null>();
  let suppressed = 0;
  current.forEach((quasi, index) => {
    const kept = (sizes.get(groupKey(quasi)) ?? 0) >= k;
    if (!kept) suppressed += counts[index] ?? 0;
    published.set(keys[index] as string, kept ? quasi : null);
  });
  return {
    apply: (quasi) => published.get(groupKey(quasi)) ?? null,
    suppressed,
    published: total - suppressed,
    generalisations,
  };
}

/** The records, generalised and with small groups withheld, so that every group holds at least k records. */
export function kAnonymise<R extends QuasiIdentifiers>(records: readonly R[], options: KAnonymityOptions): KAnonymityResult<R> {
  checkOptions(options);
  const counts = new Map<string, QuasiIdentifierGroup>();
  for (const record of records) {
    const key = groupKey(record);
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { quasi: pickQuasiIdentifiers(record), count: 1 });
  }
  const plan = kAnonymityPlan([...counts.values()], options);
  const kept: Array<R & QuasiIdentifiers> = [];
  for (const record of records) {
    const quasi = plan.apply(record);
    if (quasi) kept.push({ ...record, ...quasi });
  }
  return { records: kept, suppressed: plan.suppressed, generalisations: plan.generalisations };
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
