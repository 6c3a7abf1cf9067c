/*
 * The statistics API's values and shapes as the dashboard's components take them (docs/statistics.md); the
 * operations' own types are generated (src/gql) and match these.
 */

export const DIMENSIONS = [
  'SEX',
  'AGE_GROUP',
  'CITIZENSHIP',
  'CITIZENSHIP_COUNTRY',
  'EXPLOITATION_TYPE',
  'AGENCY_TYPE',
  'REGION',
  'PLACE_OF_EXPLOITATION',
  'IDENTIFICATION_STATUS',
  'CASE_PHASE',
  'CLOSURE_TYPE',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const MEASURES = ['IDENTIFICATIONS', 'REFERRALS', 'CASES_OPENED', 'CASE_CLOSURES', 'CONSENT_REFUSALS', 'PERMITS_ISSUED'] as const;
export type StatisticsMeasure = (typeof MEASURES)[number];

export const GRANULARITIES = ['MONTH', 'QUARTER', 'YEAR', 'EXACT'] as const;
export type PeriodGranularity = (typeof GRANULARITIES)[number];

export const FUNNEL_STAGES = ['IDENTIFIED', 'REFERRED', 'ACCEPTED', 'FORMAL_ID_REQUESTED', 'OUTCOME'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface StatisticsInput {
  from: string;
  to: string;
  groupBy: Dimension[];
  measure: StatisticsMeasure;
}

/** A figure as the API gives it: `count` is null when `suppressed` (disclosure control). */
export interface Figure {
  count: number | null;
  suppressed: boolean;
}

export interface StatisticsCell extends Figure {
  values: string[];
}

export interface StatisticsTable {
  groupBy: Dimension[];
  measure: StatisticsMeasure;
  cells: StatisticsCell[];
  threshold: number;
  from: string;
  to: string;
  granularity: PeriodGranularity;
  total: number | null;
  totalSuppressed: boolean;
}

export interface FunnelStep extends Figure {
  stage: FunnelStage;
}
export interface StageDuration extends Figure {
  stage: FunnelStage;
  medianDays: number | null;
  p90Days: number | null;
}
export interface StatisticsFunnel {
  from: string;
  to: string;
  granularity: PeriodGranularity;
  threshold: number;
  steps: FunnelStep[];
  durations: StageDuration[];
}

export interface OccupancyPoint {
  date: string;
  occupied: number | null;
  suppressed: boolean;
}

export interface OverdueCount extends Figure {
  kind: string;
}

/** A published snapshot as listed (its tables come with `statisticsSnapshot(id)`). */
export interface StatisticsSnapshotSummary {
  id: string;
  /** Null on snapshots stored before periods had a kind. */
  periodKind: 'MONTH' | 'QUARTER' | 'YEAR' | null;
  periodStart: string;
  periodEnd: string;
  /** 1 for the first computation of the period; null on snapshots stored before revisions. */
  revision: number | null;
  revisionNote: string | null;
  computedAt: string;
}

export const EXPORT_KINDS = ['TABLE', 'SNAPSHOT', 'CTDC'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['CSV', 'XLSX'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportState = 'QUEUED' | 'RUNNING' | 'READY' | 'FAILED';

export interface StatisticsExport {
  id: string;
  state: ExportState;
  progress: number;
  fileName: string | null;
}
