import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxInboxDownSql, outboxInboxUpSql } from '@nrm/events';

export class FormalIdentificationInitialSchema1764403200000 implements MigrationInterface {
  name = 'FormalIdentificationInitialSchema1764403200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE formal_identification.formal_identification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- the person lives in the identification service; only the id crosses over
        person_id uuid NOT NULL,
        status text NOT NULL,
        requested_by_agency_id text NOT NULL,
        requested_by text NOT NULL,
        -- an adult opts in by a statement of willingness; null for a child
        statement_of_willingness boolean,
        requested_at timestamptz NOT NULL DEFAULT now(),
        -- the ad hoc group: users' Keycloak ids (token sub)
        police_member_id text,
        social_member_id text,
        scheduled_at timestamptz,
        outcome text CHECK (outcome IN ('VICTIM', 'NOT_VICTIM')),
        concluded_at timestamptz,
        CHECK ((outcome IS NULL) = (concluded_at IS NULL))
      )`,
      `CREATE INDEX formal_identification_person ON formal_identification.formal_identification (person_id, requested_at DESC)`,
      ...outboxInboxUpSql('formal_identification'),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of outboxInboxDownSql('formal_identification')) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE formal_identification.formal_identification`);
  }
}
