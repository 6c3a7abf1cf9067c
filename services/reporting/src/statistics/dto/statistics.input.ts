import { Field, InputType } from '@nestjs/graphql';
import { GraphQLDate } from '@nrm/graphql';
import { IsArray, IsDate, IsEnum, IsOptional } from 'class-validator';
import { Dimension, StatisticsMeasure } from '../statistics.enums';

/** A date range, both ends included (YYYY-MM-DD, Tirana calendar; the scalar parses to UTC midnight of that day). */
@InputType()
export class StatisticsPeriodInput {
  @Field(() => GraphQLDate)
  @IsDate({ message: 'must be a date (YYYY-MM-DD)' })
  from: Date;

  @Field(() => GraphQLDate, { description: 'Included; not before from' })
  @IsDate({ message: 'must be a date (YYYY-MM-DD)' })
  to: Date;
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
