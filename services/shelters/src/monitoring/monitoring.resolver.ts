import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PERSON_READER_ROLES } from '@nrm/access-policy';
import { Authenticator, CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { Person } from '../persons/person.model';
import { MonitoringContact, MonitoringContactRecorded, RecordMonitoringContactInput } from './monitoring.model';
import { MonitoringService } from './monitoring.service';

/** Monitoring contacts (docs/domain.md §2 step 7; docs/api.md, "Monitoring"). */
@Resolver(() => Person)
export class MonitoringResolver {
  constructor(
    private readonly monitoring: MonitoringService,
    private readonly authenticator: Authenticator,
  ) {}

  @Mutation(() => MonitoringContactRecorded)
  @Roles(Role.CASE_MANAGER, Role.SHELTER_STAFF)
  recordMonitoringContact(
    @Args('input') input: RecordMonitoringContactInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<MonitoringContactRecorded> {
    return this.monitoring.record(context.req, { ...input, caseId: assertUuid(input.caseId, 'input.caseId').toLowerCase() }, principal);
  }

  @ResolveField(() => [MonitoringContact], { nullable: true, description: 'Monitoring contacts (PSYCHOSOCIAL, through the access policy), oldest first' })
  @Roles(...PERSON_READER_ROLES)
  async monitoringContacts(@Parent() person: Person, @Context() context: GraphQLRequestContext): Promise<MonitoringContact[]> {
    const principal = await this.authenticator.authenticate(context.req);
    return this.monitoring.ofPerson(context.req, principal, assertUuid(person.id, 'id'));
  }
}
