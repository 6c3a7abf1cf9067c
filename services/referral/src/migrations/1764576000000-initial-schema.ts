import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and inbox as shipped; written out so that no library edit changes this migration (docs/migrations.md). */
const OUTBOX_INBOX_UP = [
  `CREATE TABLE "referral".outbox_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      position bigserial NOT NULL UNIQUE,
      type text NOT NULL,
      aggregate_id uuid NOT NULL,
      payload jsonb NOT NULL,
      correlation_id text,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz
    )`,
  `CREATE INDEX outbox_event_unpublished ON "referral".outbox_event (position) WHERE published_at IS NULL`,
  `CREATE INDEX outbox_event_published_at ON "referral".outbox_event (published_at) WHERE published_at IS NOT NULL`,
  // Wake the relay at commit time instead of waiting for its next poll.
  `CREATE FUNCTION "referral".outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM pg_notify('nrm_outbox_referral', ''); RETURN NULL; END $$`,
  `CREATE TRIGGER outbox_event_notify AFTER INSERT ON "referral".outbox_event
     FOR EACH STATEMENT EXECUTE FUNCTION "referral".outbox_event_notify()`,
  `CREATE TABLE "referral".inbox_event (
      event_id uuid NOT NULL,
      consumer text NOT NULL,
      event_type text NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (event_id, consumer)
    )`,
];

/** Undoes OUTBOX_INBOX_UP. */
const OUTBOX_INBOX_DOWN = [
  `DROP TABLE "referral".inbox_event`,
  `DROP TRIGGER outbox_event_notify ON "referral".outbox_event`,
  `DROP FUNCTION "referral".outbox_event_notify()`,
  `DROP TABLE "referral".outbox_event`,
];

export class InitialSchema1764576000000 implements MigrationInterface {
  name = 'InitialSchema1764576000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // The directory of NRM service providers: directory data, not personal data.
      `CREATE TABLE referral.service_provider (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id text NOT NULL,
        agency_type text NOT NULL,
        name text NOT NULL,
        authorised boolean NOT NULL DEFAULT false,
        places_total integer NOT NULL,
        places_free integer NOT NULL,
        serves text[] NOT NULL DEFAULT '{}',
        services text[] NOT NULL DEFAULT '{}',
        region text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT service_provider_agency UNIQUE (agency_id),
        CONSTRAINT service_provider_places CHECK (places_total >= 0 AND places_free >= 0 AND places_free <= places_total),
        CONSTRAINT service_provider_serves CHECK (serves <@ ARRAY['ADULTS','CHILDREN','WOMEN','MEN','FOREIGNERS','WITH_CHILDREN']::text[])
      )`,
      // Projection of identification.submitted: ids, reference and routing facts only.
      `CREATE TABLE referral.person_ref (
        person_id uuid PRIMARY KEY,
        reference text NOT NULL,
        is_child boolean NOT NULL,
        sex text NOT NULL,
        is_foreign boolean NOT NULL,
        accompanying_children boolean NOT NULL,
        region text NOT NULL,
        recording_agency_id text NOT NULL,
        source_occurred_at timestamptz NOT NULL
      )`,
      `CREATE TABLE referral.referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES referral.person_ref(person_id),
        reference text NOT NULL,
        provider_id uuid NOT NULL REFERENCES referral.service_provider(id),
        provider_agency_id text NOT NULL,
        status text NOT NULL,
        urgent boolean NOT NULL DEFAULT false,
        created_by text NOT NULL,
        created_by_agency_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        responded_at timestamptz,
        responded_by text,
        decline_reason text,
        case_id uuid,
        CONSTRAINT referral_status CHECK (status IN ('PENDING','ACCEPTED','DECLINED','WITHDRAWN','CLOSED')),
        CONSTRAINT referral_declined_with_reason CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL),
        CONSTRAINT referral_answered CHECK (status = 'PENDING' OR status = 'WITHDRAWN' OR responded_at IS NOT NULL)
      )`,
      // A person has at most one pending referral to the same provider.
      `CREATE UNIQUE INDEX referral_one_pending_per_provider ON referral.referral (person_id, provider_id) WHERE status = 'PENDING'`,
      `CREATE INDEX referral_listing ON referral.referral (created_at DESC, id DESC)`,
      `CREATE INDEX referral_provider_listing ON referral.referral (provider_agency_id, created_at DESC, id DESC)`,
      `CREATE INDEX referral_person ON referral.referral (person_id)`,
      ...OUTBOX_INBOX_UP,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of OUTBOX_INBOX_DOWN) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE referral.referral`);
    await queryRunner.query(`DROP TABLE referral.person_ref`);
    await queryRunner.query(`DROP TABLE referral.service_provider`);
  }
}
