import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the read model's writer needs beyond the tables (docs/statistics.md, "How the read model is written"):
 * - A person row may exist before the person's identification arrives (a referral, an age verification or a link seen
 *   first): its dimensions are NULL until then. Every count is of persons identified in a period (`identified_on`), so
 *   such a row is counted once its identification lands, never before.
 * - `facts_at`, `age_group_at`, `case_phase_at` and `case_fact.phase_at`: when the values beside them were true, so
 *   the latest event wins whatever order the events arrive in.
 * - `erased_person`: the pseudonyms of erased persons, so an event about them that arrives after the erasure is not
 *   written under the old pseudonym again. It holds the pseudonym only, nothing else of the person.
 */
export class StatisticsReadModelWrites1765710001000 implements MigrationInterface {
  name = 'StatisticsReadModelWrites1765710001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const nullable = ['identified_at', 'identified_on', 'sex', 'age_group', 'age_band', 'citizenship_group', 'agency_type', 'region', 'status'];
    const statements = [
      ...nullable.map((column) => `ALTER TABLE reporting.person_fact ALTER COLUMN ${column} DROP NOT NULL`),
      `ALTER TABLE reporting.person_fact ADD COLUMN facts_at timestamptz, ADD COLUMN age_group_at timestamptz, ADD COLUMN case_phase_at timestamptz`,
      `ALTER TABLE reporting.case_fact ADD COLUMN phase_at timestamptz`,
      `CREATE INDEX person_fact_merged_into ON reporting.person_fact (merged_into) WHERE merged_into IS NOT NULL`,
      `CREATE TABLE reporting.erased_person (person_key text PRIMARY KEY)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reporting.erased_person`);
    await queryRunner.query(`DROP INDEX reporting.person_fact_merged_into`);
    await queryRunner.query(`ALTER TABLE reporting.case_fact DROP COLUMN phase_at`);
    await queryRunner.query(`ALTER TABLE reporting.person_fact DROP COLUMN facts_at, DROP COLUMN age_group_at, DROP COLUMN case_phase_at`);
  }
}
