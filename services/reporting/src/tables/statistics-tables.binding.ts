import { type DynamicModule, Global, Module } from '@nestjs/common';
import { StatisticsModule } from '../statistics/statistics.module';
import { StatisticsTables } from '../statistics/statistics-tables';
import type { Dimension, StatisticsMeasure } from '../statistics/statistics.enums';
import { StatisticsTablesPort, type StatisticsTableRequest, type StatisticsTableResult } from './statistics-tables.port';

/** The port over national statistics' own table computation: the same tables, patterns and checks as the API's. */
class NationalStatisticsTables extends StatisticsTablesPort {
  constructor(private readonly tables: StatisticsTables) {
    super();
  }

  table(input: StatisticsTableRequest): Promise<StatisticsTableResult> {
    return this.tables.table({
      measure: input.measure as StatisticsMeasure,
      from: input.from,
      to: input.to,
      groupBy: input.groupBy as Dimension[],
      audience: input.audience,
    });
  }
}

/**
 * Binds StatisticsTablesPort for the exports and the snapshots, once, for the whole application: national
 * statistics' StatisticsTables, or what a test hands in (`AppModule.register(runtime, { statisticsTables })`).
 */
@Global()
@Module({})
export class StatisticsTablesBinding {
  static register(override?: StatisticsTablesPort): DynamicModule {
    return {
      module: StatisticsTablesBinding,
      imports: [StatisticsModule],
      providers: [
        override
          ? { provide: StatisticsTablesPort, useValue: override }
          : { provide: StatisticsTablesPort, useFactory: (tables: StatisticsTables) => new NationalStatisticsTables(tables), inject: [StatisticsTables] },
      ],
      exports: [StatisticsTablesPort],
    };
  }
}
