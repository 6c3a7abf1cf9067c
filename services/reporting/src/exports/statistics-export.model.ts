import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum StatisticsExportKind {
  /** One table of `nationalStatistics`, with the export pattern (ra_head: exact). */
  TABLE = 'TABLE',
  /** A stored snapshot's tables, as they were stored. */
  SNAPSHOT = 'SNAPSHOT',
  /** One k-anonymised row per person in the CTDC global dataset layout. */
  CTDC = 'CTDC',
}

export enum StatisticsExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

export enum StatisticsExportState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  READY = 'READY',
  FAILED = 'FAILED',
}

registerEnumType(StatisticsExportKind, { name: 'StatisticsExportKind' });
registerEnumType(StatisticsExportFormat, { name: 'StatisticsExportFormat' });
registerEnumType(StatisticsExportState, { name: 'StatisticsExportState' });

/** A requested statistics file: polled until READY, then downloaded from GET /statistics/exports/:id (docs/statistics.md, Exports). */
@ObjectType()
export class StatisticsExport {
  @Field(() => ID)
  id: string;

  @Field(() => StatisticsExportKind)
  kind: StatisticsExportKind;

  @Field(() => StatisticsExportFormat)
  format: StatisticsExportFormat;

  @Field(() => StatisticsExportState)
  state: StatisticsExportState;

  @Field(() => Int, { description: '0–100' })
  progress: number;

  @Field()
  fileName: string;

  @Field()
  createdAt: Date;

  @Field({ description: 'Until then the file can be downloaded; the export is gone after' })
  expiresAt: Date;
}
