import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statistics read model (docs/statistics.md): codes and dates under a pseudonym (`person_key`, a keyed hash of the
 * platform's person id), never a name, free text or an id that leads outside the platform. One row per person, per
 * referral, per case and per permit; `source_event` remembers the last event applied so a rebuild can skip it.
 */
export class StatisticsReadModel1765710000000 implements MigrationInterface {
  name = 'StatisticsReadModel1765710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE reporting.person_fact (
        person_key text PRIMARY KEY,
        identified_at timestamptz NOT NULL,
        identified_on date NOT NULL,
        sex text NOT NULL,
        age_group text NOT NULL CHECK (age_group IN ('CHILD', 'ADULT', 'UNKNOWN')),
        age_band text NOT NULL,
        citizenship_group text NOT NULL CHECK (citizenship_group IN ('NATIONAL', 'FOREIGN', 'UNKNOWN')),
        citizenship_country text CHECK (citizenship_country ~ '^[A-Z]{2}$'),
        agency_type text NOT NULL,
        region text NOT NULL,
        place_of_exploitation text,
        status text NOT NULL,
        entry_route text,
        venue text,
        means_of_control text[] NOT NULL DEFAULT '{}',
        recruiter_relations text[] NOT NULL DEFAULT '{}',
        countries_of_exploitation text[] NOT NULL DEFAULT '{}',
        child_at_exploitation boolean,
        consent_refused boolean NOT NULL DEFAULT false,
        merged_into text,
        referred_at timestamptz,
        accepted_at timestamptz,
        formal_requested_at timestamptz,
        outcome text CHECK (outcome IN ('VICTIM', 'NOT_VICTIM')),
        outcome_at timestamptz,
        case_phase text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX person_fact_identified_on ON reporting.person_fact (identified_on) WHERE merged_into IS NULL`,
      `CREATE TABLE reporting.person_exploitation (
        person_key text NOT NULL REFERENCES reporting.person_fact (person_key) ON DELETE CASCADE ON UPDATE CASCADE,
        exploitation_type text NOT NULL,
        PRIMARY KEY (person_key, exploitation_type)
      )`,
      `CREATE TABLE reporting.referral_fact (
        referral_key text PRIMARY KEY,
        person_key text NOT NULL,
        created_at timestamptz NOT NULL,
        created_on date NOT NULL,
        urgent boolean NOT NULL,
        decision text CHECK (decision IN ('ACCEPTED', 'DECLINED')),
        answered_at timestamptz
      )`,
      `CREATE INDEX referral_fact_created_on ON reporting.referral_fact (created_on)`,
      `CREATE INDEX referral_fact_person ON reporting.referral_fact (person_key)`,
      `CREATE TABLE reporting.case_fact (
        case_key text PRIMARY KEY,
        person_key text NOT NULL,
        opened_at timestamptz NOT NULL,
        opened_on date NOT NULL,
        admitted_at timestamptz,
        phase text,
        closed_at timestamptz,
        closed_on date,
        closure_status text CHECK (closure_status IN ('CLOSED', 'CLOSED_REFERRED')),
        closure_type text
      )`,
      `CREATE INDEX case_fact_opened_on ON reporting.case_fact (opened_on)`,
      `CREATE INDEX case_fact_closed_on ON reporting.case_fact (closed_on) WHERE closed_on IS NOT NULL`,
      `CREATE INDEX case_fact_person ON reporting.case_fact (person_key)`,
      `CREATE TABLE reporting.permit_fact (
        permit_key text PRIMARY KEY,
        person_key text NOT NULL,
        permit_type text NOT NULL CHECK (permit_type IN ('A', 'B')),
        recorded_at timestamptz NOT NULL,
        recorded_on date NOT NULL
      )`,
      `CREATE INDEX permit_fact_recorded_on ON reporting.permit_fact (recorded_on)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['permit_fact', 'case_fact', 'referral_fact', 'person_exploitation', 'person_fact']) {
      await queryRunner.query(`DROP TABLE reporting.${table}`);
    }
  }
}
