import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * The monthly aggregate of national statistics (docs/statistics.md, "How figures are computed"): the count of every
 * 0-, 1- and 2-dimension cell per measure and month, and the months writes have made stale since.
 *
 * The fact tables are written by the event handlers and the rebuild, which know nothing of the aggregate: statement
 * triggers on each fact table mark the months a statement touched (`statistics_dirty_month`), and the next query
 * recomputes them before it reads. A change to a person's facts changes the dimensions of every referral, case and
 * permit of that person, so their months are marked too; a case's closure type is the person's CLOSURE_TYPE, so a
 * case change marks the person's months. TRUNCATE (the rebuild) marks every aggregated month.
 */

const MEASURE_MONTHS_OF_PERSONS = (keys: string) => `
  SELECT x.measure, date_trunc('month', p.identified_on)::date FROM reporting.person_fact p
    JOIN (${keys}) k ON k.person_key = p.person_key CROSS JOIN (VALUES ('IDENTIFICATIONS'), ('CONSENT_REFUSALS')) x(measure)`;

const LINKED_MONTHS_OF_PERSONS = (keys: string) => `
  SELECT 'REFERRALS', date_trunc('month', r.created_on)::date FROM reporting.referral_fact r JOIN (${keys}) k ON k.person_key = r.person_key
  UNION ALL SELECT 'CASES_OPENED', date_trunc('month', c.opened_on)::date FROM reporting.case_fact c JOIN (${keys}) k ON k.person_key = c.person_key
  UNION ALL SELECT 'CASE_CLOSURES', date_trunc('month', c.closed_on)::date FROM reporting.case_fact c JOIN (${keys}) k ON k.person_key = c.person_key
    WHERE c.closed_on IS NOT NULL
  UNION ALL SELECT 'PERMITS_ISSUED', date_trunc('month', t.recorded_on)::date FROM reporting.permit_fact t JOIN (${keys}) k ON k.person_key = t.person_key`;

/** Months a statement's rows (`rows`, a transition table) mark directly, per table. */
const OWN_MONTHS: Record<string, (rows: string) => string> = {
  person_fact: (rows) =>
    `SELECT x.measure, date_trunc('month', r.identified_on)::date FROM ${rows} r CROSS JOIN (VALUES ('IDENTIFICATIONS'), ('CONSENT_REFUSALS')) x(measure)`,
  person_exploitation: () => `SELECT NULL::text, NULL::date WHERE false`,
  referral_fact: (rows) => `SELECT 'REFERRALS', date_trunc('month', r.created_on)::date FROM ${rows} r`,
  case_fact: (rows) => `SELECT 'CASES_OPENED', date_trunc('month', r.opened_on)::date FROM ${rows} r
    UNION ALL SELECT 'CASE_CLOSURES', date_trunc('month', r.closed_on)::date FROM ${rows} r WHERE r.closed_on IS NOT NULL`,
  permit_fact: (rows) => `SELECT 'PERMITS_ISSUED', date_trunc('month', r.recorded_on)::date FROM ${rows} r`,
};

/** Whether a change to the table's rows changes the person's dimensions (and so every measure of the person). */
const CHANGES_PERSON: Record<string, 'self' | 'all' | 'none'> = {
  person_fact: 'self',
  person_exploitation: 'all',
  referral_fact: 'none',
  case_fact: 'all',
  permit_fact: 'none',
};

function markStatement(table: string, transitionTables: string[]): string {
  const keys = transitionTables.map((rows) => `SELECT person_key FROM ${rows} AS changed`).join(' UNION ');
  const parts = transitionTables.map((rows) => OWN_MONTHS[table]!(rows));
  const person = CHANGES_PERSON[table];
  if (person === 'all') parts.push(MEASURE_MONTHS_OF_PERSONS(keys));
  if (person !== 'none') parts.push(LINKED_MONTHS_OF_PERSONS(keys));
  return `INSERT INTO reporting.statistics_dirty_month (measure, month)
    SELECT DISTINCT measure, month FROM (${parts.join('\n UNION ALL ')}) AS touched(measure, month) WHERE month IS NOT NULL
    ON CONFLICT DO NOTHING;`;
}

/**
 * The columns of each table the aggregate reads: an update that changes none of them (a funnel date, an answer time,
 * `updated_at`) marks nothing. `EXCEPT ALL` compares them null-safely and by hashing.
 */
const COUNTED_COLUMNS: Record<string, string> = {
  person_fact: `person_key, identified_on, sex, age_group, citizenship_group, citizenship_country, agency_type, region,
    place_of_exploitation, status, consent_refused, merged_into, case_phase`,
  person_exploitation: 'person_key, exploitation_type',
  referral_fact: 'person_key, created_on',
  case_fact: 'person_key, opened_on, closed_on, closed_at, phase, closure_type',
  permit_fact: 'person_key, recorded_on',
};

function changedRows(table: string, from: string, other: string): string {
  const columns = COUNTED_COLUMNS[table]!;
  return `(SELECT ${columns} FROM ${from} EXCEPT ALL SELECT ${columns} FROM ${other})`;
}

function triggerFunction(table: string): string {
  return `CREATE FUNCTION reporting.statistics_mark_${table}() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        ${markStatement(table, ['new_rows'])}
      ELSIF TG_OP = 'UPDATE' THEN
        ${markStatement(table, [changedRows(table, 'old_rows', 'new_rows'), changedRows(table, 'new_rows', 'old_rows')])}
      ELSIF TG_OP = 'DELETE' THEN
        ${markStatement(table, ['old_rows'])}
      END IF;
      RETURN NULL;
    END $fn$`;
}

const TABLES = Object.keys(OWN_MONTHS);

export class StatisticsMonthAggregate1765740000000 implements MigrationInterface {
  name = 'StatisticsMonthAggregate1765740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE reporting.statistics_month_count (
        measure text NOT NULL,
        month date NOT NULL,
        dims text[] NOT NULL,
        dim_values text[] NOT NULL,
        count integer NOT NULL CHECK (count > 0),
        PRIMARY KEY (measure, dims, month, dim_values)
      )`,
      `CREATE INDEX statistics_month_count_month ON reporting.statistics_month_count (measure, month)`,
      `CREATE TABLE reporting.statistics_dirty_month (
        measure text NOT NULL,
        month date NOT NULL,
        PRIMARY KEY (measure, month)
      )`,
      `CREATE TABLE reporting.statistics_year_version (
        measure text NOT NULL,
        year integer NOT NULL,
        version bigint NOT NULL,
        PRIMARY KEY (measure, year)
      )`,
      // The person trigger looks up a person's permits as it does their referrals and cases.
      `CREATE INDEX permit_fact_person ON reporting.permit_fact (person_key)`,
      `CREATE FUNCTION reporting.statistics_mark_all() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          INSERT INTO reporting.statistics_dirty_month (measure, month)
            SELECT DISTINCT measure, month FROM reporting.statistics_month_count ON CONFLICT DO NOTHING;
          RETURN NULL;
        END $fn$`,
      ...TABLES.flatMap((table) => [
        triggerFunction(table),
        `CREATE TRIGGER statistics_inserted AFTER INSERT ON reporting.${table} REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION reporting.statistics_mark_${table}()`,
        `CREATE TRIGGER statistics_updated AFTER UPDATE ON reporting.${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION reporting.statistics_mark_${table}()`,
        `CREATE TRIGGER statistics_deleted AFTER DELETE ON reporting.${table} REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION reporting.statistics_mark_${table}()`,
        `CREATE TRIGGER statistics_truncated AFTER TRUNCATE ON reporting.${table} FOR EACH STATEMENT EXECUTE FUNCTION reporting.statistics_mark_all()`,
      ]),
      // Facts written before this migration: every month they hold is stale.
      `INSERT INTO reporting.statistics_dirty_month (measure, month)
        SELECT DISTINCT x.measure, date_trunc('month', p.identified_on)::date FROM reporting.person_fact p
          CROSS JOIN (VALUES ('IDENTIFICATIONS'), ('CONSENT_REFUSALS')) x(measure)
        UNION SELECT 'REFERRALS', date_trunc('month', created_on)::date FROM reporting.referral_fact
        UNION SELECT 'CASES_OPENED', date_trunc('month', opened_on)::date FROM reporting.case_fact
        UNION SELECT 'CASE_CLOSURES', date_trunc('month', closed_on)::date FROM reporting.case_fact WHERE closed_on IS NOT NULL
        UNION SELECT 'PERMITS_ISSUED', date_trunc('month', recorded_on)::date FROM reporting.permit_fact`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      for (const trigger of ['statistics_inserted', 'statistics_updated', 'statistics_deleted', 'statistics_truncated']) {
        await queryRunner.query(`DROP TRIGGER ${trigger} ON reporting.${table}`);
      }
      await queryRunner.query(`DROP FUNCTION reporting.statistics_mark_${table}()`);
    }
    await queryRunner.query(`DROP FUNCTION reporting.statistics_mark_all()`);
    await queryRunner.query(`DROP INDEX reporting.permit_fact_person`);
    for (const table of ['statistics_year_version', 'statistics_dirty_month', 'statistics_month_count']) {
      await queryRunner.query(`DROP TABLE reporting.${table}`);
    }
  }
}
