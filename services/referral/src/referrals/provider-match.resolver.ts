import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { ProviderMatchesArgs } from './dto/provider-matches.args';
import { ProviderMatch } from './provider-match.model';
import { type ProviderMatchResult, ProviderMatchService } from './provider-match.service';

@Resolver(() => ProviderMatch)
export class ProviderMatchResolver {
  constructor(private readonly matching: ProviderMatchService) {}

  /** The Responsible Authority routes referrals: it alone sees which providers may take a person (docs/api.md, "Referrals"). */
  @Query(() => [ProviderMatch], {
    description: 'Every provider for a person: the eligible ones ranked by fit, the others with the codes createReferral would refuse with',
  })
  @Roles(Role.RA_OFFICER, Role.RA_HEAD)
  providerMatches(
    @Args() args: ProviderMatchesArgs,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ProviderMatchResult[]> {
    return this.matching.matches(args.personId.toLowerCase(), args.needs ?? [], principal, context.req);
  }
}
