import type { TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';
import { graphql } from '../../gql';
import type {
  ExportFormat,
  ExportKind,
  PeriodGranularity,
  StatisticsExport,
  StatisticsInput,
  StatisticsSnapshot,
  StatisticsSnapshotSummary,
} from './types';

/*
 * The reporting subgraph's operations (docs/statistics.md). The snapshots' and exports' are not in the public schema
 * yet, and the portal's code generator would refuse them: they are parsed here from plain text and typed by ./types
 * until they are, then each becomes a `graphql(...)` call like the others.
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

export const NationalStatisticsQuery = graphql(`
  query NationalStatistics($input: StatisticsInput!) {
    nationalStatistics(input: $input) {
      groupBy
      measure
      threshold
      from
      to
      granularity
      total
      totalSuppressed
      cells {
        values
        count
        suppressed
      }
    }
  }
`);

/**
 * The months of a year in one request: one total per month (`m1`…`m12`), a month not yet begun left out (`i<n>`
 * false). Written out because the code generator reads only literal documents.
 */
export const StatisticsTrendQuery = graphql(`
  query StatisticsTrend($m1: StatisticsInput!, $i1: Boolean!, $m2: StatisticsInput!, $i2: Boolean!, $m3: StatisticsInput!, $i3: Boolean!, $m4: StatisticsInput!, $i4: Boolean!, $m5: StatisticsInput!, $i5: Boolean!, $m6: StatisticsInput!, $i6: Boolean!, $m7: StatisticsInput!, $i7: Boolean!, $m8: StatisticsInput!, $i8: Boolean!, $m9: StatisticsInput!, $i9: Boolean!, $m10: StatisticsInput!, $i10: Boolean!, $m11: StatisticsInput!, $i11: Boolean!, $m12: StatisticsInput!, $i12: Boolean!) {
    m1: nationalStatistics(input: $m1) @include(if: $i1) {
      from
      to
      total
      totalSuppressed
      threshold
    }
    m2: nationalStatistics(input: $m2) @include(if: $i2) {
      from
      to
      total
      totalSuppressed
      threshold
    }
    m3: nationalStatistics(input: $m3) @include(if: $i3) {
      from
      to
      total
      totalSuppressed
      threshold
    }
    m4: nationalStatistics(input: $m4) @include(if: $i4) {
      from
      to
      total
      totalSuppressed
      threshold
    }
    m5: nationalStatistics(input: $m5) @include(if: $i5) {
      from
      to
      total
      totalSuppressed
      threshold
    }
    m6: nationalStatistics(input: $m6) @include(if: $i6) {
      from
      to
      total
      totalSuppressed
      threshold
    }
    m7: nationalStatistics(input: $m7) @include(if: $i7) {
      from
      to
      total
      totalSuppressed
      threshold
    }
    m8: nationalStatistics(input: $m8) @include(if: $i8) {
      from
      to
      total
      totalSuppressed
      threshold
    }
    m9: nationalStatistics(input: $m9) @include(if: $i9) {
      from
      to
      total
      totalSuppressed
      threshold
    }
    m10: nationalStatistics(input: $m10) @include(if: $i10) {
      from
      to
      total
      totalSuppressed
      threshold
    }
    m11: nationalStatistics(input: $m11) @include(if: $i11) {
      from
      to
      total
      totalSuppressed
      threshold
    }
    m12: nationalStatistics(input: $m12) @include(if: $i12) {
      from
      to
      total
      totalSuppressed
      threshold
    }
  }
`);

export const StatisticsFunnelQuery = graphql(`
  query StatisticsFunnel($from: Date!, $to: Date!) {
    statisticsFunnel(input: { from: $from, to: $to }) {
      from
      to
      granularity
      threshold
      steps {
        stage
        count
        suppressed
      }
      durations {
        stage
        medianDays
        p90Days
        count
        suppressed
      }
    }
  }
`);

export const ShelterOccupancyQuery = graphql(`
  query ShelterOccupancy($from: Date!, $to: Date!) {
    shelterOccupancy(input: { from: $from, to: $to }) {
      date
      occupied
      suppressed
    }
  }
`);

export const OverdueItemsQuery = graphql(`
  query OverdueItems {
    overdueItems {
      kind
      count
      suppressed
    }
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
