import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxInboxDownSql, outboxInboxUpSql } from '@nrm/events';

export class InitialSchema1764403200000 implements MigrationInterface {
  name = 'InitialSchema1764403200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE SEQUENCE identification.person_reference_seq`,
      `CREATE TABLE identification.person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        recording_agency_id text NOT NULL,
        identification_status text NOT NULL,
        anonymous boolean NOT NULL DEFAULT false,
        -- SUMMARY (non-identifying)
        sex text NOT NULL,
        age_band text NOT NULL,
        is_child boolean NOT NULL,
        age_verified boolean NOT NULL,
        citizenship_group text NOT NULL,
        languages text[] NOT NULL DEFAULT '{}',
        needs text[] NOT NULL DEFAULT '{}',
        risk_level text NOT NULL DEFAULT 'UNKNOWN',
        -- IDENTITY
        given_name text,
        family_name text,
        date_of_birth date,
        estimated_age integer,
        citizenship text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE identification.initial_identification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES identification.person(id),
        client_request_id text NOT NULL,
        input_hash text NOT NULL,
        recording_agency_id text NOT NULL,
        submitted_by text NOT NULL,
        venue text NOT NULL,
        region text NOT NULL,
        indicator_codes text[] NOT NULL,
        exploitation_types text[] NOT NULL,
        immediate_needs text[] NOT NULL,
        interview jsonb NOT NULL,
        meets_threshold boolean NOT NULL,
        missing_groups text[] NOT NULL,
        status text NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT initial_identification_client_request UNIQUE (recording_agency_id, client_request_id)
      )`,
      `CREATE INDEX initial_identification_person ON identification.initial_identification (person_id)`,
      `CREATE INDEX initial_identification_listing ON identification.initial_identification (submitted_at DESC, id DESC)`,
      `CREATE TABLE identification.person_relationship (
        person_id uuid NOT NULL REFERENCES identification.person(id),
        agency_id text NOT NULL,
        relationship text NOT NULL,
        source_id uuid NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, agency_id, relationship, source_id)
      )`,
      `CREATE INDEX person_relationship_agency ON identification.person_relationship (agency_id, person_id) WHERE active`,
      ...outboxInboxUpSql('identification'),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of outboxInboxDownSql('identification')) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE identification.person_relationship`);
    await queryRunner.query(`DROP TABLE identification.initial_identification`);
    await queryRunner.query(`DROP TABLE identification.person`);
    await queryRunner.query(`DROP SEQUENCE identification.person_reference_seq`);
  }
}
