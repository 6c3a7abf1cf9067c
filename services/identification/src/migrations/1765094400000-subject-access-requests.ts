import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Subject access requests: the export of a person's data is made only on their recorded request.
 *
 * - `subject_access_request`: who asked (the person or their legal representative), when it was received, how the
 *   requester's identity was checked, the RA's reference (a code, never a name, unique), the language of the rendering,
 *   and when it was fulfilled. Codes and ids only: no personal data, so an erasure leaves it as it is.
 *   `export_token` is the single-use id of the export being made (set when an export starts, for a few minutes);
 *   each other service claims its part with it once (`subject_access_part_release`).
 * - A request is never deleted; its recorded facts never change; once fulfilled, nothing of it changes (a reference
 *   cannot be replayed to export again).
 */
export class SubjectAccessRequests1765094400000 implements MigrationInterface {
  name = 'SubjectAccessRequests1765094400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE identification.subject_access_request (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES identification.person(id),
        request_reference text NOT NULL UNIQUE CHECK (request_reference ~ '^[A-Za-z0-9][A-Za-z0-9_./-]{0,63}$'),
        -- PERSON or LEGAL_REPRESENTATIVE (not "requested_by": elsewhere that names a staff account, withheld from exports)
        requester text NOT NULL CHECK (requester IN ('PERSON', 'LEGAL_REPRESENTATIVE')),
        identity_check text NOT NULL CHECK (identity_check ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        received_at timestamptz NOT NULL,
        language text NOT NULL CHECK (language IN ('sq', 'en')),
        -- the RA user's Keycloak id (token sub) and agency
        recorded_by text NOT NULL,
        recorded_by_agency_id text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        export_token uuid UNIQUE,
        export_token_expires_at timestamptz,
        export_started_by text,
        fulfilled_at timestamptz,
        fulfilled_by text,
        fulfilled_by_agency_id text,
        CONSTRAINT subject_access_request_received CHECK (received_at <= recorded_at),
        CONSTRAINT subject_access_request_token CHECK (
          (export_token IS NULL) = (export_token_expires_at IS NULL) AND (export_token IS NULL) = (export_started_by IS NULL)),
        CONSTRAINT subject_access_request_fulfilment CHECK (
          (fulfilled_at IS NULL) = (fulfilled_by IS NULL) AND (fulfilled_at IS NULL) = (fulfilled_by_agency_id IS NULL)
          AND (fulfilled_at IS NULL OR export_token IS NOT NULL))
      )`,
      `CREATE INDEX subject_access_request_person ON identification.subject_access_request (person_id)`,
      `CREATE FUNCTION identification.subject_access_request_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'subject access requests are never deleted' USING ERRCODE = 'restrict_violation';
        END IF;
        IF OLD.fulfilled_at IS NOT NULL
           OR (to_jsonb(NEW) - ARRAY['export_token','export_token_expires_at','export_started_by','fulfilled_at','fulfilled_by','fulfilled_by_agency_id'])
              IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['export_token','export_token_expires_at','export_started_by','fulfilled_at','fulfilled_by','fulfilled_by_agency_id']) THEN
          RAISE EXCEPTION 'a subject access request can only be exported, and fulfilled once' USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`,
      `CREATE TRIGGER subject_access_request_append_only BEFORE UPDATE OR DELETE ON identification.subject_access_request
        FOR EACH ROW EXECUTE FUNCTION identification.subject_access_request_guard()`,
      `CREATE TABLE identification.subject_access_part_release (
        export_token uuid NOT NULL,
        service text NOT NULL CHECK (service ~ '^[a-z][a-z-]{0,63}$'),
        request_id uuid NOT NULL REFERENCES identification.subject_access_request(id),
        released_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (export_token, service)
      )`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP TABLE identification.subject_access_part_release`,
      `DROP TABLE identification.subject_access_request`,
      `DROP FUNCTION identification.subject_access_request_guard()`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
