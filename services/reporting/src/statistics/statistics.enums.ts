import { registerEnumType } from '@nestjs/graphql';

/** The dimensions a national statistics table can be grouped by (docs/statistics.md, Queries). */
export enum Dimension {
  SEX = 'SEX',
  AGE_GROUP = 'AGE_GROUP',
  CITIZENSHIP = 'CITIZENSHIP',
  CITIZENSHIP_COUNTRY = 'CITIZENSHIP_COUNTRY',
  EXPLOITATION_TYPE = 'EXPLOITATION_TYPE',
  AGENCY_TYPE = 'AGENCY_TYPE',
  REGION = 'REGION',
  PLACE_OF_EXPLOITATION = 'PLACE_OF_EXPLOITATION',
  IDENTIFICATION_STATUS = 'IDENTIFICATION_STATUS',
  CASE_PHASE = 'CASE_PHASE',
  CLOSURE_TYPE = 'CLOSURE_TYPE',
}

/** What a table counts: persons, referrals, cases or permits, each on its own date (docs/statistics.md, Queries). */
export enum StatisticsMeasure {
  IDENTIFICATIONS = 'IDENTIFICATIONS',
  REFERRALS = 'REFERRALS',
  CASES_OPENED = 'CASES_OPENED',
  CASE_CLOSURES = 'CASE_CLOSURES',
  CONSENT_REFUSALS = 'CONSENT_REFUSALS',
  PERMITS_ISSUED = 'PERMITS_ISSUED',
}

/** The period actually counted: a whole month, quarter or year (snapped), or the exact range (ra_head). */
export enum PeriodGranularity {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
  EXACT = 'EXACT',
}

export enum FunnelStage {
  IDENTIFIED = 'IDENTIFIED',
  REFERRED = 'REFERRED',
  ACCEPTED = 'ACCEPTED',
  FORMAL_ID_REQUESTED = 'FORMAL_ID_REQUESTED',
  OUTCOME = 'OUTCOME',
}

/**
 * Who a figure is for: EXACT (ra_head, no disclosure control), APP (the on-screen threshold) or EXPORT (files, the
 * export threshold, starting from the app's pattern).
 */
export type StatisticsAudience = 'EXACT' | 'APP' | 'EXPORT';

/** Every dimension, sorted as the disclosure library sorts a cell's dimensions (plain string order). */
export const SORTED_DIMENSIONS: readonly Dimension[] = Object.values(Dimension).sort();

/** The one multi-valued dimension: a person with two exploitation types counts under each. */
export const MULTI_VALUED: ReadonlySet<string> = new Set([Dimension.EXPLOITATION_TYPE]);

registerEnumType(Dimension, { name: 'Dimension' });
registerEnumType(StatisticsMeasure, { name: 'StatisticsMeasure' });
registerEnumType(PeriodGranularity, { name: 'PeriodGranularity' });
registerEnumType(FunnelStage, { name: 'FunnelStage' });
