import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '@nrm/graphql';
import { Dimension, FunnelStage, PeriodGranularity, StatisticsMeasure } from './statistics.enums';

/** One cell: its values in the order of `groupBy`; `count` null when suppressed. */
@ObjectType()
export class StatisticsCell {
  @Field(() => [String])
  values: string[];

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field()
  suppressed: boolean;
}

@ObjectType()
export class StatisticsTable {
  @Field(() => [Dimension])
  groupBy: Dimension[];

  @Field(() => StatisticsMeasure)
  measure: StatisticsMeasure;

  @Field(() => [StatisticsCell], { description: 'The non-zero cells; a combination not listed counts zero' })
  cells: StatisticsCell[];

  @Field(() => Int, { description: 'Cells below this (and above zero) are suppressed; 0 for exact figures' })
  threshold: number;

  @Field(() => GraphQLDate, { description: 'The first day actually counted, after snapping' })
  from: string;

  @Field(() => GraphQLDate, { description: 'The last day actually counted, after snapping' })
  to: string;

  @Field(() => PeriodGranularity)
  granularity: PeriodGranularity;

  @Field(() => Int, { nullable: true, description: 'Persons (or referrals, cases, permits) counted, whatever the cells add up to' })
  total: number | null;

  @Field()
  totalSuppressed: boolean;
}

@ObjectType()
export class FunnelStep {
  @Field(() => FunnelStage)
  stage: FunnelStage;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field()
  suppressed: boolean;
}

/** Days to reach the stage: identification → referral, referral → acceptance, identification → request, request → outcome. */
@ObjectType()
export class StageDuration {
  @Field(() => FunnelStage)
  stage: FunnelStage;

  @Field(() => Float, { nullable: true })
  medianDays: number | null;

  @Field(() => Float, { nullable: true })
  p90Days: number | null;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field()
  suppressed: boolean;
}

@ObjectType()
export class StatisticsFunnel {
  @Field(() => GraphQLDate)
  from: string;

  @Field(() => GraphQLDate)
  to: string;

  @Field(() => PeriodGranularity)
  granularity: PeriodGranularity;

  @Field(() => Int)
  threshold: number;

  @Field(() => [FunnelStep])
  steps: FunnelStep[];

  @Field(() => [StageDuration])
  durations: StageDuration[];
}

/** Persons admitted and not yet out at the end of a month. */
@ObjectType()
export class OccupancyPoint {
  @Field(() => GraphQLDate, { description: 'The last day of the month' })
  date: string;

  @Field(() => Int, { nullable: true })
  occupied: number | null;

  @Field()
  suppressed: boolean;
}

/** Deadlines past due now, by kind (notifications' deadline kinds). */
@ObjectType()
export class OverdueCount {
  @Field()
  kind: string;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field()
  suppressed: boolean;
}
