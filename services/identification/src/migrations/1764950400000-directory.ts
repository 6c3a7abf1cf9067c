import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agency and user directory: a copy of the identity provider's groups (agencies) and users, refreshed by the
 * directory sync. Rows are never deleted: an agency or user gone from the identity provider is marked inactive, so
 * what once named it (grants, mandates, audit entries) still resolves. Agency ids are the `agency_id` tokens carry.
 */
export class Directory1764950400000 implements MigrationInterface {
  name = 'Directory1764950400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE identification.agency (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        type text NOT NULL CHECK (type ~ '^[A-Z][A-Z_]{1,63}$'),
        -- a region code (TIRANA …); null for a national agency
        region text CHECK (region ~ '^[A-Z][A-Z0-9_]{0,31}$'),
        name text NOT NULL,
        -- the name by language, e.g. {"en": "…", "sq": "…"}
        names jsonb NOT NULL DEFAULT '{}'::jsonb,
        active boolean NOT NULL DEFAULT true,
        synced_at timestamptz NOT NULL
      )`,
      // A child's submission asks for the unit of its region.
      `CREATE INDEX agency_child_protection_unit ON identification.agency (region) WHERE type = 'CHILD_PROTECTION_UNIT' AND active`,
      `CREATE TABLE identification.directory_user (
        -- the identity provider's user id: the token's sub
        id text PRIMARY KEY,
        username text NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        -- no foreign key: a user may name an agency the directory does not list (yet)
        agency_id text,
        region text,
        team_function text,
        email text,
        locale text,
        enabled boolean NOT NULL,
        active boolean NOT NULL DEFAULT true,
        synced_at timestamptz NOT NULL
      )`,
      `CREATE INDEX directory_user_agency ON identification.directory_user (agency_id) WHERE active`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE identification.directory_user`);
    await queryRunner.query(`DROP TABLE identification.agency`);
  }
}
