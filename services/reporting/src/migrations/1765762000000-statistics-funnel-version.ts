import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The funnel's data version (docs/statistics.md, "Disclosure control"): every write to person_fact bumps the version
 * of the years it touches under the measure name FUNNEL in statistics_year_version, in the writer's transaction, so the
 * funnel's suppression pattern of a year is computed once per version instead of at every query. A statement-level
 * trigger over the transition tables, as the monthly aggregate's; TRUNCATE bumps every year.
 */
export class StatisticsFunnelVersion1765762000000 implements MigrationInterface {
  name = 'StatisticsFunnelVersion1765762000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE FUNCTION reporting.statistics_funnel_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          IF TG_OP = 'TRUNCATE' THEN
            UPDATE reporting.statistics_year_version SET version = version + 1 WHERE measure = 'FUNNEL';
            RETURN NULL;
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO reporting.statistics_year_version (measure, year, version)
              SELECT DISTINCT 'FUNNEL', extract(year FROM identified_on)::int, 1 FROM new_rows WHERE identified_on IS NOT NULL
              ON CONFLICT (measure, year) DO UPDATE SET version = reporting.statistics_year_version.version + 1;
          END IF;
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            INSERT INTO reporting.statistics_year_version (measure, year, version)
              SELECT DISTINCT 'FUNNEL', extract(year FROM identified_on)::int, 1 FROM old_rows WHERE identified_on IS NOT NULL
              ON CONFLICT (measure, year) DO UPDATE SET version = reporting.statistics_year_version.version + 1;
          END IF;
          RETURN NULL;
        END $fn$`,
      `CREATE TRIGGER statistics_funnel_inserted AFTER INSERT ON reporting.person_fact REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION reporting.statistics_funnel_changed()`,
      `CREATE TRIGGER statistics_funnel_updated AFTER UPDATE ON reporting.person_fact REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION reporting.statistics_funnel_changed()`,
      `CREATE TRIGGER statistics_funnel_deleted AFTER DELETE ON reporting.person_fact REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION reporting.statistics_funnel_changed()`,
      `CREATE TRIGGER statistics_funnel_truncated AFTER TRUNCATE ON reporting.person_fact
        FOR EACH STATEMENT EXECUTE FUNCTION reporting.statistics_funnel_changed()`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of ['statistics_funnel_inserted', 'statistics_funnel_updated', 'statistics_funnel_deleted', 'statistics_funnel_truncated']) {
      await queryRunner.query(`DROP TRIGGER ${trigger} ON reporting.person_fact`);
    }
    await queryRunner.query(`DROP FUNCTION reporting.statistics_funnel_changed()`);
    await queryRunner.query(`DELETE FROM reporting.statistics_year_version WHERE measure = 'FUNNEL'`);
  }
}
