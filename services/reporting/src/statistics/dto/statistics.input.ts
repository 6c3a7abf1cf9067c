import { Field, InputType } from '@nestjs/graphql';
import { GraphQLDate } from '@nrm/graphql';
import { Allow, IsArray, IsEnum, IsOptional } from 'class-validator';
import { Dimension, StatisticsMeasure } from '../statistics.enums';

/** A date range, both ends included (YYYY-MM-DD, Tirana calendar; the scalar parses to UTC midnight of that day). */
@InputType()
export class StatisticsPeriodInput {
  // The Date scalar has already refused anything but a calendar date; the service reads either form (statistics-period.ts).
  @Field(() => GraphQLDate)
  @Allow()
  from: Date | string;

  @Field(() => GraphQLDate, { description: 'Included; not before from' })
  @Allow()
  to: Date | string;
}

@InputType()
export class StatisticsInput extends StatisticsPeriodInput {
  @Field(() => [Dimension], { description: 'Up to two dimensions, each once (ra_head: up to three); none for the total alone' })
  @IsArray()
  @IsEnum(Dimension, { each: true, message: `must be dimensions of ${Object.values(Dimension).join(', ')}` })
  groupBy: Dimension[];

  @Field(() => StatisticsMeasure, { defaultValue: StatisticsMeasure.IDENTIFICATIONS })
  @IsOptional()
  @IsEnum(StatisticsMeasure)
  measure?: StatisticsMeasure;
}
