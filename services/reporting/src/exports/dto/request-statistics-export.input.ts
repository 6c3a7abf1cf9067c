import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { StatisticsInput } from '../../statistics/dto/statistics.input';
import { StatisticsExportFormat, StatisticsExportKind } from '../statistics-export.model';

@InputType()
export class RequestStatisticsExportInput {
  @Field(() => StatisticsExportKind)
  @IsEnum(StatisticsExportKind)
  kind: StatisticsExportKind;

  @Field(() => StatisticsExportFormat)
  @IsEnum(StatisticsExportFormat)
  format: StatisticsExportFormat;

  @Field(() => StatisticsInput, { nullable: true, description: 'TABLE: the table; CTDC: the period (from, to) of identification' })
  // GraphQL has checked its dates and enums; the service checks the rest and names `input.table.…`. Kept as parsed:
  // class-transformer would turn the nested dates into empty objects.
  @IsOptional()
  @Transform(({ obj }: { obj: { table?: StatisticsInput } }) => obj.table)
  table?: StatisticsInput;

  @Field(() => ID, { nullable: true, description: 'SNAPSHOT: the stored snapshot' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  snapshotId?: string;
}
