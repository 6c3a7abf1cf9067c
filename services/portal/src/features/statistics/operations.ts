import { graphql } from '../../gql';

/** The reporting subgraph's operations (docs/statistics.md). */
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

export const StatisticsSnapshotsQuery = graphql(`
  query StatisticsSnapshots($first: Int!, $periodKind: SnapshotPeriodKind) {
    statisticsSnapshots(first: $first, filter: { periodKind: $periodKind }) {
      id
      periodKind
      periodKey
      periodStart
      periodEnd
      revision
      revisionNote
      computedAt
    }
  }
`);

export const StatisticsSnapshotQuery = graphql(`
  query StatisticsSnapshot($id: ID!) {
    statisticsSnapshot(id: $id) {
      id
      periodKind
      periodKey
      periodStart
      periodEnd
      revision
      revisionNote
      computedAt
      threshold
      tables {
        key
        measure
        groupBy
        from
        to
        granularity
        threshold
        total
        totalSuppressed
        cells {
          values
          count
          suppressed
        }
      }
    }
  }
`);

export const RequestStatisticsExportMutation = graphql(`
  mutation RequestStatisticsExport($input: RequestStatisticsExportInput!) {
    requestStatisticsExport(input: $input) {
      id
      state
      progress
      fileName
    }
  }
`);

export const StatisticsExportQuery = graphql(`
  query StatisticsExport($id: ID!) {
    statisticsExport(id: $id) {
      id
      state
      progress
      fileName
    }
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
