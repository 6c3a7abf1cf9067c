import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AgencyType, isAgencyType, isRole, isTeamFunction, type Role, type TeamFunction } from '@nrm/domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import { type AgencyRow, DirectoryRepository } from './directory.repository';

export interface DirectoryAgency {
  id: string;
  name: string;
  type: AgencyType;
  region: string | null;
}

export interface DirectoryPerson {
  /** The identity provider's user id: the token's `sub`. */
  id: string;
  username: string;
  roles: Role[];
  agencyId: string | null;
  region: string | null;
  teamFunction: TeamFunction | null;
}

/** The child protection unit mandated for a child identified in a region. */
interface ChildProtectionUnitChoice {
  agencyId: string;
  /** False when the region has no unit of its own and the national unit stands in (the RA is then told). */
  ofRegion: boolean;
}

interface AgencyQuery {
  type?: AgencyType;
  region?: string;
  locale?: string;
}

interface UserQuery {
  agencyId?: string;
  role?: Role;
  teamFunction?: TeamFunction;
}

/**
 * The platform's copy of the agency and user directory (filled by DirectorySyncService from the identity provider).
 * Other features ask it whether an agency exists and which child protection unit serves a region.
 */
@Injectable()
export class DirectoryService {
  private readonly config: IdentificationConfig;

  constructor(
    private readonly directory: DirectoryRepository,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>,
  ) {
    this.config = runtime.config;
  }

  /**
   * The active agency with this id, or null when the directory does not know it. `manager`: inside a transaction,
   * read on its connection rather than take a second one from the pool.
   */
  async findAgency(id: string, manager?: EntityManager): Promise<DirectoryAgency | null> {
    const row = await this.directory.activeAgency(id, manager);
    return row ? toAgency(row) : null;
  }

  /**
   * The type of an agency, active or not (an identification keeps its recording agency after the agency is retired);
   * null when the directory never copied it.
   */
  async agencyTypeOf(id: string, manager?: EntityManager): Promise<AgencyType | null> {
    const type = await this.directory.agencyTypeOf(id, manager);
    return type && isAgencyType(type) ? type : null;
  }

  /** Of `agencyIds`, those of agencies of `type` (active or not), in id order; in the caller's transaction. */
  agencyIdsOfType(manager: EntityManager, agencyIds: readonly string[], type: AgencyType): Promise<string[]> {
    return this.directory.agencyIdsOfType(manager, agencyIds, type);
  }

  /**
   * Which child protection unit is mandated for (and notified of) a child identified in `region`: the configured unit
   * of the region (CHILD_PROTECTION_UNITS), else the directory's CHILD_PROTECTION_UNIT agency of that region, else the
   * national unit, flagged as not the region's own.
   */
  async childProtectionUnitFor(region: string): Promise<ChildProtectionUnitChoice> {
    const code = region.toUpperCase();
    const configured = this.config.CHILD_PROTECTION_UNITS.get(code);
    if (configured) return { agencyId: configured, ofRegion: true };
    const regional = await this.directory.regionalChildProtectionUnit(code);
    if (regional) return { agencyId: regional, ofRegion: true };
    return { agencyId: this.config.NATIONAL_CHILD_PROTECTION_UNIT, ofRegion: false };
  }

  async agencies(query: AgencyQuery = {}): Promise<DirectoryAgency[]> {
    const rows = await this.directory.agencies(query.type ?? null, query.region?.toUpperCase() ?? null);
    return rows.map((row) => toAgency(row, query.locale));
  }

  /** The enabled, active user with this id (the token's sub), or null; the agency's type comes with it. */
  async findUser(id: string): Promise<DirectoryMember | null> {
    const row = await this.directory.user(id);
    if (!row) return null;
    return {
      id: row.id,
      username: row.username,
      roles: row.roles.filter(isRole),
      agencyId: row.agency_id,
      region: row.region,
      teamFunction: row.team_function && isTeamFunction(row.team_function) ? row.team_function : null,
      agencyType: row.agency_type && isAgencyType(row.agency_type) ? row.agency_type : null,
    };
  }

  /** Enabled, active users; e-mail addresses and languages stay inside the service. */
  async users(query: UserQuery = {}): Promise<DirectoryPerson[]> {
    const rows = await this.directory.users(query.agencyId ?? null, query.role ?? null, query.teamFunction ?? null);
    return rows.map((row) => ({
      id: row.id,
      username: row.username,
      roles: row.roles.filter(isRole),
      agencyId: row.agency_id,
      region: row.region,
      teamFunction: row.team_function && isTeamFunction(row.team_function) ? row.team_function : null,
    }));
  }
}

/** A user of the directory with their agency's type: what a formal identification group's composition is checked on. */
export interface DirectoryMember extends DirectoryPerson {
  agencyType: AgencyType | null;
}

function toAgency(row: AgencyRow, locale?: string): DirectoryAgency {
  // The sync stores only known types; an unknown one would be a database edited by hand.
  if (!isAgencyType(row.type)) throw new Error(`agency ${row.id} has an unknown type`);
  return { id: row.id, name: (locale ? row.names[locale] : undefined) ?? row.name, type: row.type, region: row.region };
}
