import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'RA_ACKNOWLEDGEMENT','REFERRAL_RESPONSE','FORMAL_ID_GROUP','NEEDS_ASSESSMENT','REFLECTION_PERIOD_END','RESIDENCE_PERMIT_EXPIRY'`;
const KINDS = `${KINDS_BEFORE},'MONITORING_CONTACT','PLAN_ACTION_REVIEW','OVERRIDE_REVIEW'`;

/**
 * The monitoring cadence, plan action reviews and a legal-basis override's review as deadlines (docs/domain.md §4).
 * A clock of a shelter case names the case, so a later contact, a newer plan version or the case's closure stops it.
 * The open cases are kept by reference, so the case manager of the person's open case is reminded of an expiry.
 */
export class CaseClocks1765690000000 implements MigrationInterface {
  name = 'CaseClocks1765690000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications.deadline DROP CONSTRAINT deadline_kind_check`);
    await queryRunner.query(`ALTER TABLE notifications.deadline ADD CONSTRAINT deadline_kind_check CHECK (kind IN (${KINDS}))`);
    await queryRunner.query(`ALTER TABLE notifications.deadline ADD COLUMN case_id uuid`);
    await queryRunner.query(`CREATE INDEX deadline_case ON notifications.deadline (case_id, kind) WHERE case_id IS NOT NULL`);
    // The shelter cases open now, by the person's NRM reference: their case managers hear of the person's expiries too.
    await queryRunner.query(`CREATE TABLE notifications.open_case (
      case_id uuid PRIMARY KEY,
      reference text NOT NULL,
      provider_agency_id text NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX open_case_reference ON notifications.open_case (reference)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications.open_case`);
    await queryRunner.query(`DROP INDEX notifications.deadline_case`);
    await queryRunner.query(`ALTER TABLE notifications.deadline DROP COLUMN case_id`);
    await queryRunner.query(`DELETE FROM notifications.deadline WHERE kind NOT IN (${KINDS_BEFORE})`);
    await queryRunner.query(`ALTER TABLE notifications.deadline DROP CONSTRAINT deadline_kind_check`);
    await queryRunner.query(`ALTER TABLE notifications.deadline ADD CONSTRAINT deadline_kind_check CHECK (kind IN (${KINDS_BEFORE}))`);
  }
}
