import { type DynamicModule, Global, Injectable, Module } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { StatisticsTablesPort, type StatisticsTableResult } from './statistics-tables.port';

/** Stands in until the table computation is bound: every export or snapshot fails (INTERNAL), none is made up. */
@Injectable()
class StatisticsTablesNotBound extends StatisticsTablesPort {
  table(): Promise<StatisticsTableResult> {
    return Promise.reject(new ApiError(ApiErrorCode.INTERNAL, 'The statistics tables are not available'));
  }
}

/**
 * Binds StatisticsTablesPort for the exports and the snapshots, once, for the whole application: the table computation
 * of national statistics, or what a test hands in (`AppModule.register(runtime, { statisticsTables })`).
 */
@Global()
@Module({})
export class StatisticsTablesBinding {
  static register(override?: StatisticsTablesPort): DynamicModule {
    return {
      module: StatisticsTablesBinding,
      providers: [override ? { provide: StatisticsTablesPort, useValue: override } : { provide: StatisticsTablesPort, useClass: StatisticsTablesNotBound }],
      exports: [StatisticsTablesPort],
    };
  }
}
