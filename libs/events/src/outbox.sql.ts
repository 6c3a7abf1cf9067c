/**
 * DDL for the outbox and inbox tables every service keeps in its own schema. For new migrations only; a shipped
 * migration keeps its own copy of the text (docs/migrations.md), so editing this changes no existing schema.
 */
export function outboxInboxUpSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".outbox_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      position bigserial NOT NULL UNIQUE,
      type text NOT NULL,
      aggregate_id uuid NOT NULL,
      payload jsonb NOT NULL,
      correlation_id text,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz
    )`,
    `CREATE INDEX outbox_event_unpublished ON "${schema}".outbox_event (position) WHERE published_at IS NULL`,
    `CREATE INDEX outbox_event_published_at ON "${schema}".outbox_event (published_at) WHERE published_at IS NOT NULL`,
    // Wake the relay at commit time instead of waiting for its next poll.
    `CREATE FUNCTION "${schema}".outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM pg_notify('${outboxChannel(schema)}', ''); RETURN NULL; END $$`,
    `CREATE TRIGGER outbox_event_notify AFTER INSERT ON "${schema}".outbox_event
     FOR EACH STATEMENT EXECUTE FUNCTION "${schema}".outbox_event_notify()`,
    `CREATE TABLE "${schema}".inbox_event (
      event_id uuid NOT NULL,
      consumer text NOT NULL,
      event_type text NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (event_id, consumer)
    )`,
  ];
}

/** Undoes outboxInboxUpSql; for new migrations only, like it. */
export function outboxInboxDownSql(schema: string): string[] {
  return [
    `DROP TABLE "${schema}".inbox_event`,
    `DROP TRIGGER outbox_event_notify ON "${schema}".outbox_event`,
    `DROP FUNCTION "${schema}".outbox_event_notify()`,
    `DROP TABLE "${schema}".outbox_event`,
  ];
}

/** Baked into every shipped outbox trigger: changing it needs a migration that replaces the triggers. */
export const outboxChannel = (schema: string): string => `nrm_outbox_${schema}`;
