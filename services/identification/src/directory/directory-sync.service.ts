import { Inject, Injectable } from '@nestjs/common';
import { isAgencyType, isTeamFunction } from '@nrm/domain';
import type { Logger } from '@nrm/logging';
import { Clock, LOGGER } from '@nrm/service-kit';
import { type AgencyRecord, DirectoryRepository, type UserRecord } from './directory.repository';
import { DirectoryException, DirectoryExceptionCode } from './directory.exception';
import {
  type IdentityProviderGroup,
  IdentityProviderDirectoryClient,
  type IdentityProviderSnapshot,
  type IdentityProviderUser,
} from './identity-provider-directory.client';

const AGENCY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const REGION = /^[A-Z][A-Z0-9_]{0,31}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export interface DirectorySyncResult {
  agencies: number;
  users: number;
  /** Groups that look like agencies but carry an unusable id, type or region; they are left out. */
  skippedGroups: number;
  /** Users without a usable agency; they are left out (their tokens are refused anyway). */
  skippedUsers: number;
  syncedAt: Date;
}

/**
 * Copies the identity provider's agencies (groups with an `agency_id` attribute) and users into the service's own
 * tables. Idempotent and serialised (an advisory lock), so the boot copy, the scheduled job and an administrator's
 * `syncDirectory` may overlap harmlessly. What the identity provider no longer lists is marked inactive, never deleted.
 */
@Injectable()
export class DirectorySyncService {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly identityProvider: IdentityProviderDirectoryClient,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly clock: Clock,
  ) {}

  async sync(): Promise<DirectorySyncResult> {
    const snapshot = await this.identityProvider.snapshot();
    const { agencies, skippedGroups } = agencyRecords(snapshot.groups);
    // An identity provider that lists no agency at all is misconfigured: copying it would leave every child without a unit.
    if (agencies.length === 0) throw new DirectoryException(DirectoryExceptionCode.EMPTY_DIRECTORY, 'The identity provider lists no agency');
    const { users, skippedUsers } = userRecords(snapshot, new Map(agencies.map((agency) => [agency.id, agency])));
    const syncedAt = this.clock.now();

    await this.directory.replace(agencies, users, syncedAt);
    const result = { agencies: agencies.length, users: users.length, skippedGroups, skippedUsers, syncedAt };
    // Counts only: the directory holds staff names and e-mail addresses.
    this.logger.info({ agencies: result.agencies, users: result.users, skippedGroups, skippedUsers }, 'directory synchronised');
    return result;
  }
}

export function agencyRecords(groups: readonly IdentityProviderGroup[]): { agencies: AgencyRecord[]; skippedGroups: number } {
  const agencies = new Map<string, AgencyRecord>();
  let skippedGroups = 0;
  for (const group of groups) {
    const id = single(group.attributes['agency_id']);
    if (id === undefined) continue; // not an agency: groups may serve other purposes
    const type = single(group.attributes['agency_type']);
    const region = single(group.attributes['region'])?.toUpperCase() ?? null;
    if (!AGENCY_ID.test(id) || !type || !isAgencyType(type) || (region !== null && !REGION.test(region)) || agencies.has(id)) {
      skippedGroups += 1;
      continue;
    }
    const names: Record<string, string> = { en: group.name };
    const albanian = single(group.attributes['name_sq']);
    if (albanian) names['sq'] = albanian;
    agencies.set(id, { id, type, region, name: group.name, names });
  }
  return { agencies: [...agencies.values()], skippedGroups };
}

export function userRecords(snapshot: IdentityProviderSnapshot, agencies: ReadonlyMap<string, AgencyRecord>): { users: UserRecord[]; skippedUsers: number } {
  const users: UserRecord[] = [];
  let skippedUsers = 0;
  for (const user of snapshot.users) {
    const agencyId = single(user.attributes['agency_id']);
    if (!agencyId || !AGENCY_ID.test(agencyId)) {
      skippedUsers += 1;
      continue;
    }
    users.push(userRecord(user, agencyId, snapshot.rolesByUser.get(user.id) ?? [], agencies.get(agencyId)));
  }
  return { users, skippedUsers };
}

function userRecord(user: IdentityProviderUser, agencyId: string, roles: string[], agency: AgencyRecord | undefined): UserRecord {
  const region = single(user.attributes['region'])?.toUpperCase();
  const teamFunction = single(user.attributes['team_function'])?.toUpperCase();
  const locale = single(user.attributes['locale']);
  return {
    id: user.id,
    username: user.username.toLowerCase(),
    roles,
    agency_id: agencyId,
    // A user without a region of their own works where their agency is.
    region: region && REGION.test(region) ? region : (agency?.region ?? null),
    team_function: teamFunction && isTeamFunction(teamFunction) ? teamFunction : null,
    email: user.email ?? null,
    locale: locale && LOCALE.test(locale) ? locale : null,
    enabled: user.enabled,
  };
}

function single(values: readonly string[] | undefined): string | undefined {
  const value = values?.[0]?.trim();
  return value ? value : undefined;
}
