import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { CreateServiceProviderInput, SetServiceProviderAuthorisationInput, UpdateServiceProviderInput } from './dto/service-provider.input';
import { ServiceProvidersArgs } from './dto/service-provider.filter';
import { ServiceProviderEntity } from './service-provider.entity';
import { ServiceProvider, ServiceProviderChange } from './service-provider.model';
import type { ServiceProviderChange as ServiceProviderChangeRow } from './service-provider.repository';
import { placesTaken, ServiceProviderService } from './service-provider.service';

/** Directory data is not personal: everyone who routes, answers or administers referrals may read it. */
export const DIRECTORY_READER_ROLES = [Role.RA_OFFICER, Role.RA_HEAD, Role.CASE_MANAGER, Role.CHILD_PROTECTION_WORKER, Role.PLATFORM_ADMIN];

/** Who reads a provider's history: those who change the directory, and oversight. */
const DIRECTORY_HISTORY_ROLES = [Role.PLATFORM_ADMIN, Role.RA_OFFICER, Role.RA_HEAD, Role.AUDITOR];

@Resolver(() => ServiceProvider)
export class ServiceProviderResolver {
  constructor(private readonly providers: ServiceProviderService) {}

  @Query(() => [ServiceProvider])
  @Roles(...DIRECTORY_READER_ROLES)
  serviceProviders(@Args() args: ServiceProvidersArgs): Promise<ServiceProviderEntity[]> {
    return this.providers.list(args.filter ?? {});
  }

  @Query(() => [ServiceProviderChange], { description: "A provider's directory history, oldest first: who changed what, when" })
  @Roles(...DIRECTORY_HISTORY_ROLES)
  serviceProviderChanges(@Args('providerId', { type: () => ID }) providerId: string): Promise<ServiceProviderChangeRow[]> {
    return this.providers.changesOf(assertUuid(providerId, 'providerId'));
  }

  /** The platform administrator maintains the directory (docs/domain.md §1); the provider starts unauthorised. */
  @Mutation(() => ServiceProvider)
  @Roles(Role.PLATFORM_ADMIN)
  createServiceProvider(
    @Args('input') input: CreateServiceProviderInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ServiceProviderEntity> {
    return this.providers.create(input, principal, context.req);
  }

  @Mutation(() => ServiceProvider)
  @Roles(Role.PLATFORM_ADMIN)
  updateServiceProvider(@Args('input') input: UpdateServiceProviderInput, @CurrentPrincipal() principal: Principal): Promise<ServiceProviderEntity> {
    return this.providers.update(input, principal);
  }

  /** The head of the Responsible Authority records authorisations, as it records legal-basis overrides (docs/domain.md §2 step 2). */
  @Mutation(() => ServiceProvider)
  @Roles(Role.RA_HEAD)
  setServiceProviderAuthorisation(
    @Args('input') input: SetServiceProviderAuthorisationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ServiceProviderEntity> {
    return this.providers.setAuthorisation(input, principal);
  }

  /** Also for a shelter's staff, who read their referrals' provider. */
  @ResolveField(() => Int)
  @Roles(...DIRECTORY_READER_ROLES, Role.SHELTER_STAFF)
  placesTaken(@Parent() provider: ServiceProviderEntity): number {
    return placesTaken(provider);
  }
}
