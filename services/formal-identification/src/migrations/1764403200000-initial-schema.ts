import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and inbox as shipped; written out so that no library edit changes this migration (docs/migrations.md). */
const OUTBOX_INBOX_UP = [
  `CREATE TABLE "formal_identification".outbox_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      position bigserial NOT NULL UNIQUE,
      type text NOT NULL,
      aggregate_id uuid NOT NULL,
      payload jsonb NOT NULL,
      correlation_id text,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz
    )`,
  `CREATE INDEX outbox_event_unpublished ON "formal_identification".outbox_event (position) WHERE published_at IS NULL`,
  `CREATE INDEX outbox_event_published_at ON "formal_identification".outbox_event (published_at) WHERE published_at IS NOT NULL`,
  // Wake the relay at commit time instead of waiting for its next poll.
  `CREATE FUNCTION "formal_identification".outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM pg_notify('nrm_outbox_formal_identification', ''); RETURN NULL; END $$`,
  `CREATE TRIGGER outbox_event_notify AFTER INSERT ON "formal_identification".outbox_event
     FOR EACH STATEMENT EXECUTE FUNCTION "formal_identification".outbox_event_notify()`,
  `CREATE TABLE "formal_identification".inbox_event (
      event_id uuid NOT NULL,
      consumer text NOT NULL,
      event_type text NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (event_id, consumer)
    )`,
];

/** Undoes OUTBOX_INBOX_UP. */
const OUTBOX_INBOX_DOWN = [
  `DROP TABLE "formal_identification".inbox_event`,
  `DROP TRIGGER outbox_event_notify ON "formal_identification".outbox_event`,
  `DROP FUNCTION "formal_identification".outbox_event_notify()`,
  `DROP TABLE "formal_identification".outbox_event`,
];

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
      ...OUTBOX_INBOX_UP,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of OUTBOX_INBOX_DOWN) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE formal_identification.formal_identification`);
  }
}
