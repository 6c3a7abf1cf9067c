/*
 * The statistics API's types as docs/statistics.md states them (the reporting subgraph). They are written out here
 * until the reporting subgraph's schema reaches infra/supergraph/public-schema.graphql; then the operations move to
 * the generated `graphql()` and these give way to the generated types.
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

export interface StatisticsSnapshotSummary {
  id: string;
  periodKind: PeriodGranularity;
  from: string;
  to: string;
  revision: number;
  revisionNote: string | null;
  createdAt: string;
}
export interface StatisticsSnapshot extends StatisticsSnapshotSummary {
  tables: StatisticsTable[];
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
