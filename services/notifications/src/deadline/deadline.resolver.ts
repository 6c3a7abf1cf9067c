import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal, Roles } from '@nrm/auth';
import { RESPONSIBLE_AUTHORITY_ROLES } from '@nrm/domain';
import { assertUuid, type Connection } from '@nrm/graphql';
import { DeadlinesArgs } from './dto/deadlines.args';
import { Deadline, DeadlineConnection } from './deadline.model';
import { DEADLINE_READER_ROLES, DeadlineService } from './deadline.service';

/** The statutory clocks (docs/domain.md §4): listed to the agency whose work they are and to the RA. */
@Resolver(() => Deadline)
export class DeadlineResolver {
  constructor(private readonly service: DeadlineService) {}

  @Query(() => DeadlineConnection, { description: "Soonest due first; the caller's agency's, or every agency's for the Responsible Authority" })
  @Roles(...DEADLINE_READER_ROLES)
  deadlines(@Args() args: DeadlinesArgs, @CurrentPrincipal() principal: Principal): Promise<Connection<Deadline>> {
    return this.service.list(principal, args);
  }

  @Mutation(() => Deadline, { description: "The RA acknowledges a new identification: its deadline is met at once, in the caller's name; idempotent" })
  @Roles(...RESPONSIBLE_AUTHORITY_ROLES)
  acknowledgeIdentification(
    @Args('identificationId', { type: () => ID }) identificationId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Deadline> {
    return this.service.acknowledgeIdentification(principal, assertUuid(identificationId, 'identificationId'));
  }
}
