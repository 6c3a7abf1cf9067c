import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and inbox as shipped; written out so that no library edit changes this migration (docs/migrations.md). */
const OUTBOX_INBOX_UP = [
  `CREATE TABLE "shelters".outbox_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      position bigserial NOT NULL UNIQUE,
      type text NOT NULL,
      aggregate_id uuid NOT NULL,
      payload jsonb NOT NULL,
      correlation_id text,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz
    )`,
  `CREATE INDEX outbox_event_unpublished ON "shelters".outbox_event (position) WHERE published_at IS NULL`,
  `CREATE INDEX outbox_event_published_at ON "shelters".outbox_event (published_at) WHERE published_at IS NOT NULL`,
  // Wake the relay at commit time instead of waiting for its next poll.
  `CREATE FUNCTION "shelters".outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM pg_notify('nrm_outbox_shelters', ''); RETURN NULL; END $$`,
  `CREATE TRIGGER outbox_event_notify AFTER INSERT ON "shelters".outbox_event
     FOR EACH STATEMENT EXECUTE FUNCTION "shelters".outbox_event_notify()`,
  `CREATE TABLE "shelters".inbox_event (
      event_id uuid NOT NULL,
      consumer text NOT NULL,
      event_type text NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (event_id, consumer)
    )`,
];

/** Undoes OUTBOX_INBOX_UP. */
const OUTBOX_INBOX_DOWN = [
  `DROP TABLE "shelters".inbox_event`,
  `DROP TRIGGER outbox_event_notify ON "shelters".outbox_event`,
  `DROP FUNCTION "shelters".outbox_event_notify()`,
  `DROP TABLE "shelters".outbox_event`,
];

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
      ...OUTBOX_INBOX_UP,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of OUTBOX_INBOX_DOWN) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE shelters.shelter_case`);
  }
}
