import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics exports and snapshot revisions (docs/statistics.md, Snapshots and Exports).
 *
 * `statistics_export`: one requested file, its state and, once built, its bytes until it expires. Only aggregates or
 * the k-anonymised CTDC rows; `requested_by` is the requester's account id (the only one who may download it).
 *
 * `statistics_snapshot` gains the period it covers (kind and key), a revision per period, the note naming the tables a
 * revision changed, the threshold and the tables. Rows written before stay valid (their new columns null); a row is
 * never changed once written (a trigger refuses any UPDATE).
 */
export class StatisticsExportsAndSnapshotRevisions1765720000000 implements MigrationInterface {
  name = 'StatisticsExportsAndSnapshotRevisions1765720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE reporting.statistics_export (
        id uuid PRIMARY KEY,
        requested_by text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('TABLE', 'SNAPSHOT', 'CTDC')),
        format text NOT NULL CHECK (format IN ('CSV', 'XLSX')),
        audience text NOT NULL CHECK (audience IN ('EXACT', 'EXPORT')),
        parameters jsonb NOT NULL,
        state text NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'READY', 'FAILED')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        file_name text NOT NULL,
        content_type text,
        content bytea,
        failure text,
        created_at timestamptz NOT NULL,
        finished_at timestamptz,
        expires_at timestamptz NOT NULL,
        CHECK ((state = 'READY') = (content IS NOT NULL))
      )`,
      `CREATE INDEX statistics_export_expires_at ON reporting.statistics_export (expires_at)`,
      `ALTER TABLE reporting.statistics_snapshot
         ADD COLUMN period_kind text CHECK (period_kind IN ('MONTH', 'QUARTER', 'YEAR')),
         ADD COLUMN period_key text,
         ADD COLUMN revision integer CHECK (revision >= 1),
         ADD COLUMN revision_note text,
         ADD COLUMN threshold integer,
         ADD COLUMN tables jsonb,
         ADD COLUMN content_hash text,
         ADD CONSTRAINT statistics_snapshot_period_complete CHECK (
           (period_kind IS NULL AND period_key IS NULL AND revision IS NULL AND threshold IS NULL AND tables IS NULL AND content_hash IS NULL)
           OR (period_kind IS NOT NULL AND period_key IS NOT NULL AND revision IS NOT NULL AND threshold IS NOT NULL AND tables IS NOT NULL AND content_hash IS NOT NULL)
         )`,
      `CREATE UNIQUE INDEX statistics_snapshot_revision ON reporting.statistics_snapshot (period_kind, period_key, revision) WHERE period_kind IS NOT NULL`,
      `CREATE INDEX statistics_snapshot_kind_recent ON reporting.statistics_snapshot (period_kind, computed_at DESC, id DESC)`,
      // A published snapshot never changes: a later computation that differs is a new revision.
      `CREATE FUNCTION reporting.statistics_snapshot_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'a statistics snapshot is never changed' USING ERRCODE = 'P0001'; END $$`,
      `CREATE TRIGGER statistics_snapshot_frozen BEFORE UPDATE ON reporting.statistics_snapshot
         FOR EACH ROW EXECUTE FUNCTION reporting.statistics_snapshot_frozen()`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP TRIGGER statistics_snapshot_frozen ON reporting.statistics_snapshot`,
      `DROP FUNCTION reporting.statistics_snapshot_frozen()`,
      `DROP INDEX reporting.statistics_snapshot_kind_recent`,
      `DROP INDEX reporting.statistics_snapshot_revision`,
      `ALTER TABLE reporting.statistics_snapshot DROP CONSTRAINT statistics_snapshot_period_complete,
         DROP COLUMN period_kind, DROP COLUMN period_key, DROP COLUMN revision, DROP COLUMN revision_note,
         DROP COLUMN threshold, DROP COLUMN tables, DROP COLUMN content_hash`,
      `DROP TABLE reporting.statistics_export`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
