import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and inbox as shipped; written out so that no library edit changes this migration (docs/migrations.md). */
const OUTBOX_INBOX_UP = [
  `CREATE TABLE "identification".outbox_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      position bigserial NOT NULL UNIQUE,
      type text NOT NULL,
      aggregate_id uuid NOT NULL,
      payload jsonb NOT NULL,
      correlation_id text,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz
    )`,
  `CREATE INDEX outbox_event_unpublished ON "identification".outbox_event (position) WHERE published_at IS NULL`,
  `CREATE INDEX outbox_event_published_at ON "identification".outbox_event (published_at) WHERE published_at IS NOT NULL`,
  // Wake the relay at commit time instead of waiting for its next poll.
  `CREATE FUNCTION "identification".outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM pg_notify('nrm_outbox_identification', ''); RETURN NULL; END $$`,
  `CREATE TRIGGER outbox_event_notify AFTER INSERT ON "identification".outbox_event
     FOR EACH STATEMENT EXECUTE FUNCTION "identification".outbox_event_notify()`,
  `CREATE TABLE "identification".inbox_event (
      event_id uuid NOT NULL,
      consumer text NOT NULL,
      event_type text NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (event_id, consumer)
    )`,
];

/** Undoes OUTBOX_INBOX_UP. */
const OUTBOX_INBOX_DOWN = [
  `DROP TABLE "identification".inbox_event`,
  `DROP TRIGGER outbox_event_notify ON "identification".outbox_event`,
  `DROP FUNCTION "identification".outbox_event_notify()`,
  `DROP TABLE "identification".outbox_event`,
];

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
      ...OUTBOX_INBOX_UP,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of OUTBOX_INBOX_DOWN) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE identification.person_relationship`);
    await queryRunner.query(`DROP TABLE identification.initial_identification`);
    await queryRunner.query(`DROP TABLE identification.person`);
    await queryRunner.query(`DROP SEQUENCE identification.person_reference_seq`);
  }
}
