import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side drafts of an initial identification (docs/api.md, "Drafts"): a first responder's unfinished form, seen by
 * its author only, consumed by the submission that uses its clientRequestId, erased when it expires.
 *
 * - `payload`: the form's state as the client sent it (personal data: never logged, never in an event).
 * - `(author_agency_id, client_request_id)` is unique, as the submission's own key is: one draft per submission.
 * - `expires_at`: moved forward at every save; an expired draft reads as gone and is purged.
 */
export class IdentificationDrafts1765440000002 implements MigrationInterface {
  name = 'IdentificationDrafts1765440000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE identification.identification_draft (
        id uuid PRIMARY KEY,
        author_subject text NOT NULL,
        author_agency_id text NOT NULL,
        client_request_id text NOT NULL,
        payload jsonb NOT NULL CONSTRAINT identification_draft_payload_object CHECK (jsonb_typeof(payload) = 'object'),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        CONSTRAINT identification_draft_client_request UNIQUE (author_agency_id, client_request_id)
      )`,
      `CREATE INDEX identification_draft_author ON identification.identification_draft (author_subject, updated_at DESC)`,
      `CREATE INDEX identification_draft_expiry ON identification.identification_draft (expires_at)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE identification.identification_draft`);
  }
}
