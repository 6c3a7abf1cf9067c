import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { ServiceProvidersArgs } from './dto/service-provider.filter';
import { ServiceProviderEntity } from './service-provider.entity';
import { ServiceProvider } from './service-provider.model';
import { ServiceProviderService } from './service-provider.service';

/** Directory data is not personal: everyone who routes, answers or administers referrals may read it. */
export const DIRECTORY_READER_ROLES = [Role.RA_OFFICER, Role.RA_HEAD, Role.CASE_MANAGER, Role.CHILD_PROTECTION_WORKER, Role.PLATFORM_ADMIN];

@Resolver(() => ServiceProvider)
export class ServiceProviderResolver {
  constructor(private readonly providers: ServiceProviderService) {}

  @Query(() => [ServiceProvider])
  @Roles(...DIRECTORY_READER_ROLES)
  serviceProviders(@Args() args: ServiceProvidersArgs): Promise<ServiceProviderEntity[]> {
    return this.providers.list(args.filter ?? {});
  }
}
