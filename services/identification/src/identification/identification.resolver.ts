import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid, type Connection } from '@nrm/graphql';
import type { PersonEntity } from '../person/person.entity';
import { Person } from '../person/person.model';
import { PersonService } from '../person/person.service';
import { DuplicatesService } from '../duplicates/duplicates.service';
import { InitialIdentificationsArgs } from './dto/initial-identification.filter';
import { RecordInitialInterviewInput, ResumeInterviewInput } from './dto/interview-later.input';
import { SubmitInitialIdentificationInput } from './dto/submit-initial-identification.input';
import { InterviewService } from './interview.service';
import { IdentificationService, type SubmittedIdentification } from './identification.service';
import type { InitialIdentificationEntity } from './initial-identification.entity';
import { InitialIdentification, InitialIdentificationConnection, InitialIdentificationInterview, Screening } from './initial-identification.model';

const READERS = [Role.FIRST_RESPONDER, Role.RA_OFFICER, Role.RA_HEAD, Role.CHILD_PROTECTION_WORKER];

@Resolver(() => InitialIdentification)
export class IdentificationResolver {
  constructor(
    private readonly identifications: IdentificationService,
    private readonly persons: PersonService,
    private readonly interviews: InterviewService,
    private readonly duplicates: DuplicatesService,
  ) {}

  @Mutation(() => InitialIdentification)
  @Roles(Role.FIRST_RESPONDER)
  submitInitialIdentification(
    @Args('input') input: SubmitInitialIdentificationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmittedIdentification> {
    return this.identifications.submit(input, principal);
  }

  /** The person agreed to the interview after all: the recording agency's first responders or the RA record it. */
  @Mutation(() => InitialIdentification)
  @Roles(Role.FIRST_RESPONDER, Role.RA_OFFICER, Role.RA_HEAD)
  recordInitialInterview(
    @Args('input') input: RecordInitialInterviewInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<InitialIdentificationEntity> {
    return this.interviews.recordInitial(context.req, principal, { ...input, identificationId: input.identificationId.toLowerCase() });
  }

  /** An interview suspended for distress, continued by the agency that held it. */
  @Mutation(() => InitialIdentification)
  @Roles(Role.FIRST_RESPONDER)
  resumeInterview(
    @Args('input') input: ResumeInterviewInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<InitialIdentificationEntity> {
    return this.interviews.resume(context.req, principal, { ...input, identificationId: input.identificationId.toLowerCase() });
  }

  @Query(() => InitialIdentification)
  @Roles(...READERS)
  initialIdentification(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<InitialIdentificationEntity> {
    return this.identifications.findVisible(context.req, principal, assertUuid(id, 'id'));
  }

  @Query(() => InitialIdentificationConnection)
  @Roles(...READERS)
  initialIdentifications(
    @Args() args: InitialIdentificationsArgs,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<Connection<InitialIdentificationEntity>> {
    return this.identifications.pageVisible(context.req, principal, args);
  }

  @ResolveField(() => Person)
  @Roles(...READERS)
  async person(@Parent() identification: SubmittedIdentification, @CurrentPrincipal() principal: Principal): Promise<PersonEntity> {
    // The person's categories are gated field by field by PersonResolver.
    if (identification.person) return identification.person;
    // An identification of a linked record is shown under the canonical person to those it is open to (docs/domain.md, "Linked records").
    return this.duplicates.resolveForCaller(principal, await this.persons.findExisting(identification.personId));
  }

  @ResolveField(() => Boolean)
  @Roles(...READERS)
  interviewConsented(@Parent() identification: InitialIdentificationEntity): boolean {
    return identification.interview.consentToInterview;
  }

  @ResolveField(() => InitialIdentificationInterview, { nullable: true })
  @Roles(...READERS)
  async interview(
    @Parent() identification: SubmittedIdentification,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<InitialIdentificationInterview> {
    const person = identification.person ?? (await this.persons.findExisting(identification.personId));
    return this.identifications.interview(context.req, principal, identification, person);
  }

  @ResolveField(() => Screening)
  @Roles(...READERS)
  screening(@Parent() identification: InitialIdentificationEntity): Screening {
    return { meetsThreshold: identification.meetsThreshold, missingGroups: identification.missingGroups };
  }
}
