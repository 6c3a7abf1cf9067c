import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and inbox as shipped; written out so that no library edit changes this migration (docs/migrations.md). */
const OUTBOX_INBOX_UP = [
  `CREATE TABLE "reporting".outbox_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      position bigserial NOT NULL UNIQUE,
      type text NOT NULL,
      aggregate_id uuid NOT NULL,
      payload jsonb NOT NULL,
      correlation_id text,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz
    )`,
  `CREATE INDEX outbox_event_unpublished ON "reporting".outbox_event (position) WHERE published_at IS NULL`,
  `CREATE INDEX outbox_event_published_at ON "reporting".outbox_event (published_at) WHERE published_at IS NOT NULL`,
  // Wake the relay at commit time instead of waiting for its next poll.
  `CREATE FUNCTION "reporting".outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM pg_notify('nrm_outbox_reporting', ''); RETURN NULL; END $$`,
  `CREATE TRIGGER outbox_event_notify AFTER INSERT ON "reporting".outbox_event
     FOR EACH STATEMENT EXECUTE FUNCTION "reporting".outbox_event_notify()`,
  `CREATE TABLE "reporting".inbox_event (
      event_id uuid NOT NULL,
      consumer text NOT NULL,
      event_type text NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (event_id, consumer)
    )`,
];

/** Undoes OUTBOX_INBOX_UP. */
const OUTBOX_INBOX_DOWN = [
  `DROP TABLE "reporting".inbox_event`,
  `DROP TRIGGER outbox_event_notify ON "reporting".outbox_event`,
  `DROP FUNCTION "reporting".outbox_event_notify()`,
  `DROP TABLE "reporting".outbox_event`,
];

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
      ...OUTBOX_INBOX_UP,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of OUTBOX_INBOX_DOWN) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE reporting.statistics_snapshot`);
  }
}
