import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AnyStaff, CurrentPrincipal, hasAnyRole, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { AgenciesArgs, DirectoryUsersArgs } from './dto/directory.args';
import { DirectoryException, DirectoryExceptionCode } from './directory.exception';
import { Agency, DirectorySyncResult, DirectoryUser } from './directory.model';
import { type DirectoryAgency, type DirectoryPerson, DirectoryService } from './directory.service';
import { DirectorySyncService, type DirectorySyncResult as SyncResult } from './directory-sync.service';

/**
 * Who may list people, and whom. The RA convenes formal identification groups and routes cases across agencies, and
 * the platform administrator maintains the directory: they see every agency's staff. A shelter's case managers and head
 * build their own case teams: they see their own agency's staff only. Nobody else lists people.
 */
export const DIRECTORY_WIDE_ROLES: readonly Role[] = [Role.RA_OFFICER, Role.RA_HEAD, Role.PLATFORM_ADMIN];
export const OWN_AGENCY_DIRECTORY_ROLES: readonly Role[] = [Role.CASE_MANAGER, Role.SHELTER_HEAD];

@Resolver()
export class DirectoryResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly directorySync: DirectorySyncService,
  ) {}

  /** The agencies are no one's personal data: every staff role may pick from them. */
  @Query(() => [Agency], { description: 'The agency directory, filled from the identity provider' })
  @AnyStaff()
  agencies(@Args() args: AgenciesArgs): Promise<DirectoryAgency[]> {
    return this.directory.agencies({ ...args.filter, locale: args.locale });
  }

  @Query(() => [DirectoryUser], { description: 'People a caller may pick: the RA and platform_admin from every agency, a shelter\'s case managers and head from their own' })
  @Roles(...DIRECTORY_WIDE_ROLES, ...OWN_AGENCY_DIRECTORY_ROLES)
  users(@Args() args: DirectoryUsersArgs, @CurrentPrincipal() principal: Principal): Promise<DirectoryPerson[]> {
    const filter = { ...args.filter };
    if (!hasAnyRole(principal, DIRECTORY_WIDE_ROLES)) {
      if (filter.agencyId !== undefined && filter.agencyId !== principal.agencyId) {
        throw new DirectoryException(DirectoryExceptionCode.OTHER_AGENCY, 'Only the users of your own agency may be listed', ['filter.agencyId']);
      }
      filter.agencyId = principal.agencyId;
    }
    return this.directory.users(filter);
  }

  @Mutation(() => DirectorySyncResult, { description: 'Copies the directory from the identity provider now (it is also copied periodically)' })
  @Roles(Role.PLATFORM_ADMIN)
  syncDirectory(): Promise<SyncResult> {
    return this.directorySync.sync();
  }
}
