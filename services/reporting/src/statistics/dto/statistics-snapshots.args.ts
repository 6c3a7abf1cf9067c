import { ArgsType, PickType } from '@nestjs/graphql';
import { PageArgs } from '@nrm/graphql';

/** A page of snapshots, newest first: the shared `first` argument, without a cursor. */
@ArgsType()
export class StatisticsSnapshotsArgs extends PickType(PageArgs, ['first'] as const, ArgsType) {}
