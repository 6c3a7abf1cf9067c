import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDate } from '@nrm/graphql';
import { Dimension, PeriodGranularity, StatisticsMeasure } from '../statistics/statistics.enums';
import { SnapshotPeriodKind } from './snapshot-periods';

registerEnumType(SnapshotPeriodKind, { name: 'SnapshotPeriodKind' });

@ObjectType({ description: 'One cell of a stored table: the export pattern applied (docs/statistics.md, Disclosure control)' })
export class StatisticsSnapshotCell {
  @Field(() => [String])
  values: string[];

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field()
  suppressed: boolean;
}

@ObjectType({ description: 'One table of a snapshot, as it was computed and stored' })
export class StatisticsSnapshotTable {
  /** `MEASURE|DIM` or `MEASURE|DIM+DIM`: the name a revision note uses. */
  @Field()
  key: string;

  @Field(() => StatisticsMeasure)
  measure: string;

  @Field(() => [Dimension])
  groupBy: string[];

  @Field(() => GraphQLDate)
  from: string;

  @Field(() => GraphQLDate)
  to: string;

  @Field(() => PeriodGranularity)
  granularity: string;

  @Field(() => Int)
  threshold: number;

  @Field(() => [StatisticsSnapshotCell])
  cells: StatisticsSnapshotCell[];

  @Field(() => Int, { nullable: true })
  total: number | null;

  @Field()
  totalSuppressed: boolean;
}

/** Aggregate statistics of one closed period, stored once and never changed; never a person's data. */
@ObjectType()
export class StatisticsSnapshot {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLDate)
  periodStart: string;

  @Field(() => GraphQLDate)
  periodEnd: string;

  @Field()
  computedAt: Date;

  /** Null on snapshots stored before periods had kinds. */
  @Field(() => SnapshotPeriodKind, { nullable: true })
  periodKind: SnapshotPeriodKind | null;

  @Field(() => String, { nullable: true, description: '2026-03, 2026-Q1 or 2026' })
  periodKey: string | null;

  @Field(() => Int, { nullable: true, description: '1 for the first computation of the period; a later one that differs is the next' })
  revision: number | null;

  @Field(() => String, { nullable: true, description: 'The tables a revision changed, added or removed, by key' })
  revisionNote: string | null;

  @Field(() => Int, { nullable: true })
  threshold: number | null;

  /** Loaded by `statisticsSnapshot(id)`; the listing resolves it on demand. */
  tables?: StatisticsSnapshotTable[] | null;
}
