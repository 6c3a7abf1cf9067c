import type { TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';
import { graphql } from '../../gql';
import type {
  ExportFormat,
  ExportKind,
  OccupancyPoint,
  OverdueCount,
  PeriodGranularity,
  StatisticsExport,
  StatisticsFunnel,
  StatisticsInput,
  StatisticsSnapshot,
  StatisticsSnapshotSummary,
  StatisticsTable,
} from './types';

/*
 * The reporting subgraph's operations (docs/statistics.md). Until its schema is in the public schema the portal's code
 * generator would refuse them, so they are parsed here from plain text and typed by ./types; once it is, each becomes a
 * `graphql(...)` call and takes its generated types.
 */
const typed = <Result, Variables>(source: string) => parse(source) as TypedDocumentNode<Result, Variables>;

const TABLE_FIELDS = `
  groupBy
  measure
  threshold
  from
  to
  granularity
  total
  totalSuppressed
  cells { values count suppressed }
`;

export const NationalStatisticsQuery = typed<{ nationalStatistics: StatisticsTable }, { input: StatisticsInput }>(`
  query NationalStatistics($input: StatisticsInput!) {
    nationalStatistics(input: $input) { ${TABLE_FIELDS} }
  }
`);

/** The months of a year in one request: one total per month, a month not yet begun left out (`@include`). */
const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);
export type TrendResult = Partial<Record<`m${number}`, Pick<StatisticsTable, 'from' | 'to' | 'total' | 'totalSuppressed' | 'threshold'>>>;
export const StatisticsTrendQuery = typed<TrendResult, Record<string, StatisticsInput | boolean>>(`
  query StatisticsTrend(${MONTHS.map((month) => `$m${month}: StatisticsInput!, $i${month}: Boolean!`).join(', ')}) {
    ${MONTHS.map((month) => `m${month}: nationalStatistics(input: $m${month}) @include(if: $i${month}) { from to total totalSuppressed threshold }`).join('\n    ')}
  }
`);

export const StatisticsFunnelQuery = typed<{ statisticsFunnel: StatisticsFunnel }, { from: string; to: string }>(`
  query StatisticsFunnel($from: Date!, $to: Date!) {
    statisticsFunnel(input: { from: $from, to: $to }) {
      from
      to
      granularity
      threshold
      steps { stage count suppressed }
      durations { stage medianDays p90Days count suppressed }
    }
  }
`);

export const ShelterOccupancyQuery = typed<{ shelterOccupancy: OccupancyPoint[] }, { from: string; to: string }>(`
  query ShelterOccupancy($from: Date!, $to: Date!) {
    shelterOccupancy(input: { from: $from, to: $to }) { date occupied suppressed }
  }
`);

export const OverdueItemsQuery = typed<{ overdueItems: OverdueCount[] }, Record<string, never>>(`
  query OverdueItems {
    overdueItems { kind count suppressed }
  }
`);

const SNAPSHOT_FIELDS = 'id periodKind from to revision revisionNote createdAt';

export const StatisticsSnapshotsQuery = typed<
  { statisticsSnapshots: { edges: { node: StatisticsSnapshotSummary }[] } },
  { first: number; periodKind: PeriodGranularity | null }
>(`
  query StatisticsSnapshots($first: Int!, $periodKind: PeriodGranularity) {
    statisticsSnapshots(first: $first, filter: { periodKind: $periodKind }) {
      edges { node { ${SNAPSHOT_FIELDS} } }
    }
  }
`);

export const StatisticsSnapshotQuery = typed<{ statisticsSnapshot: StatisticsSnapshot | null }, { id: string }>(`
  query StatisticsSnapshot($id: ID!) {
    statisticsSnapshot(id: $id) {
      ${SNAPSHOT_FIELDS}
      tables { ${TABLE_FIELDS} }
    }
  }
`);

const EXPORT_FIELDS = 'id state progress fileName';

export interface ExportRequest {
  kind: ExportKind;
  format: ExportFormat;
  table: StatisticsInput | null;
  snapshotId: string | null;
}
export const RequestStatisticsExportMutation = typed<{ requestStatisticsExport: StatisticsExport }, ExportRequest>(`
  mutation RequestStatisticsExport($kind: StatisticsExportKind!, $format: StatisticsExportFormat!, $table: StatisticsInput, $snapshotId: ID) {
    requestStatisticsExport(input: { kind: $kind, format: $format, table: $table, snapshotId: $snapshotId }) { ${EXPORT_FIELDS} }
  }
`);

export const StatisticsExportQuery = typed<{ statisticsExport: StatisticsExport | null }, { id: string }>(`
  query StatisticsExport($id: ID!) {
    statisticsExport(id: $id) { ${EXPORT_FIELDS} }
  }
`);

/** Region labels in the user's language, for the REGION dimension's values. */
export const StatisticsRegionsQuery = graphql(`
  query StatisticsRegions($locale: String!) {
    regions(locale: $locale) {
      code
      label
    }
  }
`);
