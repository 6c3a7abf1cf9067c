import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { RecordResidencePermitInput, StartReflectionPeriodInput } from './dto/foreign-nationals.inputs';
import { ReflectionPeriod, RemovalProtection, ResidencePermit } from './foreign-nationals.model';
import type { ReflectionPeriodRow, ResidencePermitRow } from './foreign-nationals.repository';
import { ForeignNationalsService } from './foreign-nationals.service';

/** The Responsible Authority records and reads a foreign national's reflection period and permits. */
const RA = [Role.RA_OFFICER, Role.RA_HEAD];

@Resolver()
export class ForeignNationalsResolver {
  constructor(private readonly foreignNationals: ForeignNationalsService) {}

  @Mutation(() => ReflectionPeriod)
  @Roles(...RA)
  startReflectionPeriod(
    @Args('input') input: StartReflectionPeriodInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ReflectionPeriodRow> {
    return this.foreignNationals.startReflectionPeriod(input, principal, context.req);
  }

  @Mutation(() => ResidencePermit)
  @Roles(...RA)
  recordResidencePermit(
    @Args('input') input: RecordResidencePermitInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ResidencePermitRow> {
    return this.foreignNationals.recordResidencePermit(input, principal, context.req);
  }

  @Query(() => [ReflectionPeriod], { description: 'Newest first' })
  @Roles(...RA)
  reflectionPeriods(@Args('personId', { type: () => ID }) personId: string): Promise<ReflectionPeriodRow[]> {
    return this.foreignNationals.reflectionPeriods(assertUuid(personId, 'personId').toLowerCase());
  }

  @Query(() => [ResidencePermit], { description: 'Newest first' })
  @Roles(...RA)
  residencePermits(@Args('personId', { type: () => ID }) personId: string): Promise<ResidencePermitRow[]> {
    return this.foreignNationals.residencePermits(assertUuid(personId, 'personId').toLowerCase());
  }

  @Query(() => RemovalProtection)
  @Roles(...RA)
  removalProtection(@Args('personId', { type: () => ID }) personId: string, @Context() context: GraphQLRequestContext): Promise<RemovalProtection> {
    return this.foreignNationals.removalProtection(assertUuid(personId, 'personId').toLowerCase(), context.req);
  }
}
