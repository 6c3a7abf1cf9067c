import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxInboxDownSql, outboxInboxUpSql } from '@nrm/events';

export class ReportingInitialSchema1764403200000 implements MigrationInterface {
  name = 'ReportingInitialSchema1764403200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Aggregates only: counts by period and dimension, never a person's data.
      `CREATE TABLE reporting.statistics_snapshot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_start date NOT NULL,
        period_end date NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        payload jsonb NOT NULL,
        CHECK (period_end >= period_start)
      )`,
      `CREATE INDEX statistics_snapshot_recent ON reporting.statistics_snapshot (computed_at DESC, id DESC)`,
      ...outboxInboxUpSql('reporting'),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of outboxInboxDownSql('reporting')) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE reporting.statistics_snapshot`);
  }
}
