import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxInboxDownSql, outboxInboxUpSql } from '@nrm/events';

export class InitialSchema1764576000000 implements MigrationInterface {
  name = 'InitialSchema1764576000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE shelters.shelter_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL,
        reference text NOT NULL,
        referral_id uuid NOT NULL,
        provider_agency_id text NOT NULL,
        status text NOT NULL,
        phase text,
        opened_at timestamptz NOT NULL DEFAULT now(),
        -- One case per accepted referral, whatever the delivery guarantees upstream.
        CONSTRAINT shelter_case_referral UNIQUE (referral_id),
        CONSTRAINT shelter_case_status CHECK (status IN ('REFERRED','ACCEPTED','ACTIVE','FOLLOW_UP','CLOSED','CLOSED_REFERRED')),
        CONSTRAINT shelter_case_phase CHECK (phase IS NULL OR phase IN ('CRISIS_INTERVENTION','STABILISATION','SOCIAL_INCLUSION'))
      )`,
      `CREATE INDEX shelter_case_agency_listing ON shelters.shelter_case (provider_agency_id, opened_at DESC, id DESC)`,
      `CREATE INDEX shelter_case_person ON shelters.shelter_case (person_id)`,
      ...outboxInboxUpSql('shelters'),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of outboxInboxDownSql('shelters')) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE shelters.shelter_case`);
  }
}
