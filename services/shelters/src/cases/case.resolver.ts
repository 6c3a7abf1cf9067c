import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid, type Connection } from '@nrm/graphql';
import { Person } from '../persons/person.model';
import { Case, CaseConnection } from './case.model';
import { CaseService } from './case.service';
import { CasesArgs } from './dto/cases.args';
import { ShelterCaseEntity } from './shelter-case.entity';

/** The shelter's case manager and multidisciplinary team work on the shelter's own cases. */
const CASE_READER_ROLES = [Role.CASE_MANAGER, Role.SHELTER_STAFF];

@Resolver(() => Case)
export class CaseResolver {
  constructor(private readonly caseFiles: CaseService) {}

  @Query(() => Case, { name: 'case' })
  @Roles(...CASE_READER_ROLES)
  shelterCase(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ShelterCaseEntity> {
    return this.caseFiles.findVisible(assertUuid(id, 'id').toLowerCase(), principal, context.req);
  }

  @Query(() => CaseConnection)
  @Roles(...CASE_READER_ROLES)
  cases(@Args() args: CasesArgs, @CurrentPrincipal() principal: Principal): Promise<Connection<ShelterCaseEntity>> {
    return this.caseFiles.list(args, principal);
  }

  /** Only the id: the identification subgraph resolves the rest, category by category, through the access policy. */
  @ResolveField(() => Person)
  @Roles(...CASE_READER_ROLES)
  person(@Parent() shelterCase: ShelterCaseEntity): Person {
    return { id: shelterCase.personId };
  }
}
