import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The provider directory maintained through the API, matching and over-capacity agreements (docs/domain.md §2 step 2):
 * a provider's places taken beyond its total under an agreement, the history of every directory change (who, when,
 * what; directory data only, never a person's), and on a referral the options the person was offered and the
 * over-capacity agreement it was made under.
 */
export class ProviderDirectory1765505000000 implements MigrationInterface {
  name = 'ProviderDirectory1765505000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE referral.service_provider
         ADD COLUMN places_over_capacity integer NOT NULL DEFAULT 0,
         ADD CONSTRAINT service_provider_over_capacity CHECK (places_over_capacity >= 0)`,
      `CREATE TABLE referral.service_provider_change (
         id uuid PRIMARY KEY,
         provider_id uuid NOT NULL REFERENCES referral.service_provider(id),
         change text NOT NULL,
         changed_by text NOT NULL,
         changed_by_username text NOT NULL,
         changed_by_agency_id text NOT NULL,
         changed_by_role text NOT NULL,
         changed_at timestamptz NOT NULL,
         reason text,
         before jsonb,
         after jsonb NOT NULL,
         CONSTRAINT service_provider_change_kind CHECK (change IN ('CREATED','UPDATED','AUTHORISED','AUTHORISATION_REVOKED'))
       )`,
      `CREATE INDEX service_provider_change_provider ON referral.service_provider_change (provider_id, changed_at)`,
      `ALTER TABLE referral.referral
         ADD COLUMN options_offered uuid[] NOT NULL DEFAULT '{}',
         ADD COLUMN over_capacity_reference text,
         ADD COLUMN over_capacity_agreed_with text,
         ADD COLUMN placed_over_capacity boolean NOT NULL DEFAULT false,
         ADD CONSTRAINT referral_over_capacity_agreement CHECK ((over_capacity_reference IS NULL) = (over_capacity_agreed_with IS NULL)),
         ADD CONSTRAINT referral_placed_over_capacity CHECK (NOT placed_over_capacity OR over_capacity_reference IS NOT NULL)`,
      `DO $$ BEGIN
         IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nrm_referral_app') THEN
           -- The history is append-only for the service, like its audit chain.
           REVOKE ALL ON referral.service_provider_change FROM nrm_referral_app;
           GRANT SELECT, INSERT ON referral.service_provider_change TO nrm_referral_app;
         END IF;
       END $$`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE referral.referral DROP CONSTRAINT referral_placed_over_capacity, DROP CONSTRAINT referral_over_capacity_agreement,
         DROP COLUMN placed_over_capacity, DROP COLUMN over_capacity_agreed_with, DROP COLUMN over_capacity_reference, DROP COLUMN options_offered`,
      `DROP TABLE referral.service_provider_change`,
      `ALTER TABLE referral.service_provider DROP CONSTRAINT service_provider_over_capacity, DROP COLUMN places_over_capacity`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
