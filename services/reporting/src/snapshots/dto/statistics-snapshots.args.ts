import { ArgsType, Field, InputType, PickType } from '@nestjs/graphql';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { PageArgs } from '@nrm/graphql';
import { SnapshotPeriodKind } from '../snapshot-periods';

@InputType()
export class StatisticsSnapshotsFilter {
  @Field(() => SnapshotPeriodKind, { nullable: true })
  @IsOptional()
  @IsEnum(SnapshotPeriodKind)
  periodKind?: SnapshotPeriodKind;
}

/** A page of snapshots, newest first: the shared `first` argument, without a cursor, and an optional period kind. */
@ArgsType()
export class StatisticsSnapshotsArgs extends PickType(PageArgs, ['first'] as const, ArgsType) {
  @Field(() => StatisticsSnapshotsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StatisticsSnapshotsFilter)
  filter?: StatisticsSnapshotsFilter;
}
