import { Module } from '@nestjs/common';

/** National statistics: the table computation (statistics-tables.ts) and its queries, once merged (docs/statistics.md). */
@Module({})
export class StatisticsModule {}
