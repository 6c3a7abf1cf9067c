import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type PreparedStatement, queryPrepared } from '@nrm/database';
import { AgencyType } from '@nrm/domain';

export interface AgencyRow {
  id: string;
  name: string;
  names: Record<string, string>;
  type: string;
  region: string | null;
}

interface UserRow {
  id: string;
  username: string;
  roles: string[];
  agency_id: string | null;
  region: string | null;
  team_function: string | null;
}

/** An agency as the sync writes it. */
export interface AgencyRecord {
  id: string;
  type: string;
  region: string | null;
  name: string;
  names: Record<string, string>;
}

/** Who of an audience gets an e-mail: the id, the address and the directory's language. */
export interface RecipientRow {
  id: string;
  email: string;
  locale: string | null;
}

/** A user as the sync writes it. */
export interface UserRecord {
  id: string;
  username: string;
  roles: string[];
  agency_id: string;
  region: string | null;
  team_function: string | null;
  email: string | null;
  locale: string | null;
  enabled: boolean;
}

// A child's submission asks this; prepared once per connection.
const REGIONAL_UNIT: PreparedStatement = {
  name: 'identification_directory_regional_unit',
  text: `SELECT id FROM identification.agency WHERE type = '${AgencyType.CHILD_PROTECTION_UNIT}' AND active AND region = $1 ORDER BY id LIMIT 1`,
};

/** The directory's tables: agencies and users copied from the identity provider. */
@Injectable()
export class DirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async activeAgency(id: string, manager?: EntityManager): Promise<AgencyRow | null> {
    const rows: AgencyRow[] = await (manager ?? this.dataSource).query(
      `SELECT id, name, names, type, region FROM identification.agency WHERE id = $1 AND active`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The type of the agency with this id, active or not; null when the directory never copied it. */
  async agencyTypeOf(id: string, manager?: EntityManager): Promise<string | null> {
    const rows: Array<{ type: string }> = await (manager ?? this.dataSource).query(`SELECT type FROM identification.agency WHERE id = $1`, [id]);
    return rows[0]?.type ?? null;
  }

  /** Of `ids`, those naming an agency of `type` (active or not), in id order. */
  async agencyIdsOfType(manager: EntityManager, ids: readonly string[], type: AgencyType): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM identification.agency WHERE id = ANY($1::text[]) AND type = $2 ORDER BY id`, [
      ids,
      type,
    ]);
    return rows.map((row) => row.id);
  }

  async regionalChildProtectionUnit(region: string): Promise<string | null> {
    const [regional] = await queryPrepared<{ id: string }>(this.dataSource, REGIONAL_UNIT, [region]);
    return regional?.id ?? null;
  }

  agencies(type: AgencyType | null, region: string | null): Promise<AgencyRow[]> {
    return this.dataSource.query(
      `SELECT id, name, names, type, region FROM identification.agency
       WHERE active AND ($1::text IS NULL OR type = $1) AND ($2::text IS NULL OR region = $2)
       ORDER BY type, region NULLS FIRST, id`,
      [type, region],
    );
  }

  users(agencyId: string | null, role: string | null, teamFunction: string | null): Promise<UserRow[]> {
    return this.dataSource.query(
      `SELECT id, username, roles, agency_id, region, team_function FROM identification.directory_user
       WHERE active AND enabled AND ($1::text IS NULL OR agency_id = $1) AND ($2::text IS NULL OR $2 = ANY(roles))
         AND ($3::text IS NULL OR team_function = $3)
       ORDER BY agency_id, username`,
      [agencyId, role, teamFunction],
    );
  }

  /**
   * The active, enabled members of an audience (an agency, or every agency when null; any of the roles, or the team
   * function, or the one user named) who have an e-mail address: what the notifications service mails.
   */
  recipients(agencyId: string | null, roles: readonly string[], teamFunction: string | null, userId: string | null = null): Promise<RecipientRow[]> {
    return this.dataSource.query(
      `SELECT id, email, locale FROM identification.directory_user
       WHERE active AND enabled AND email IS NOT NULL AND ($1::text IS NULL OR agency_id = $1)
         AND (roles && $2::text[] OR ($3::text IS NOT NULL AND team_function = $3) OR ($4::text IS NOT NULL AND id = $4))
       ORDER BY id`,
      [agencyId, [...roles], teamFunction, userId],
    );
  }

  /**
   * Replaces the copy in one transaction, serialised by an advisory lock: what the identity provider no longer lists
   * is marked inactive, never deleted.
   */
  async replace(agencies: readonly AgencyRecord[], users: readonly UserRecord[], syncedAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('identification.directory_sync'))`);
      await manager.query(
        `INSERT INTO identification.agency (id, type, region, name, names, active, synced_at)
         SELECT a.id, a.type, a.region, a.name, a.names, true, $2 FROM jsonb_to_recordset($1::jsonb)
           AS a(id text, type text, region text, name text, names jsonb)
         ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, region = EXCLUDED.region, name = EXCLUDED.name,
           names = EXCLUDED.names, active = true, synced_at = EXCLUDED.synced_at`,
        [JSON.stringify(agencies), syncedAt],
      );
      await manager.query(`UPDATE identification.agency SET active = false, synced_at = $2 WHERE active AND NOT (id = ANY($1::text[]))`, [
        agencies.map((agency) => agency.id),
        syncedAt,
      ]);
      await manager.query(
        `INSERT INTO identification.directory_user (id, username, roles, agency_id, region, team_function, email, locale, enabled, active, synced_at)
         SELECT u.id, u.username, u.roles, u.agency_id, u.region, u.team_function, u.email, u.locale, u.enabled, true, $2
         FROM jsonb_to_recordset($1::jsonb) AS u(id text, username text, roles text[], agency_id text, region text,
           team_function text, email text, locale text, enabled boolean)
         ON CONFLICT (id) DO UPDATE SET username = EXCLUDED.username, roles = EXCLUDED.roles, agency_id = EXCLUDED.agency_id,
           region = EXCLUDED.region, team_function = EXCLUDED.team_function, email = EXCLUDED.email, locale = EXCLUDED.locale,
           enabled = EXCLUDED.enabled, active = true, synced_at = EXCLUDED.synced_at`,
        [JSON.stringify(users), syncedAt],
      );
      await manager.query(`UPDATE identification.directory_user SET active = false, synced_at = $2 WHERE active AND NOT (id = ANY($1::text[]))`, [
        users.map((user) => user.id),
        syncedAt,
      ]);
    });
  }

  /** The enabled, active user with this id (the token's sub), with the type and region of their active agency. */
  async user(id: string): Promise<(UserRow & { agency_type: string | null }) | null> {
    const rows: Array<UserRow & { agency_type: string | null }> = await this.dataSource.query(
      `SELECT u.id, u.username, u.roles, u.agency_id, u.region, u.team_function, a.type AS agency_type
         FROM identification.directory_user u
         LEFT JOIN identification.agency a ON a.id = u.agency_id AND a.active
        WHERE u.id = $1 AND u.active AND u.enabled`,
      [id],
    );
    return rows[0] ?? null;
  }
}
