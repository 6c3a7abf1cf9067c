import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid, type Connection, PageArgs } from '@nrm/graphql';
import type { PersonEntity } from '../person/person.entity';
import { Person } from '../person/person.model';
import { PersonService } from '../person/person.service';
import type { DuplicateCandidateEntity } from './duplicate-candidate.entity';
import { DuplicateCandidate, DuplicateCandidateConnection, PersonLink } from './duplicate-candidate.model';
import { DuplicatesService, type PersonLinkOutcome } from './duplicates.service';
import { DismissDuplicateCandidateArgs, LinkDuplicatePersonsInput } from './dto/duplicates.args';

/** Who works through possible duplicates: the Responsible Authority (docs/api.md, "Possible duplicates"). */
const DUPLICATE_REVIEWER_ROLES = [Role.RA_OFFICER, Role.RA_HEAD] as const;
/** Linking changes what every service resolves and whose grants apply to whom: the head's decision. */
const DUPLICATE_LINKER_ROLES = [Role.RA_HEAD] as const;

@Resolver(() => DuplicateCandidate)
export class DuplicatesResolver {
  constructor(
    private readonly duplicates: DuplicatesService,
    private readonly persons: PersonService,
  ) {}

  @Query(() => DuplicateCandidateConnection, { description: 'Pending possible duplicates, newest first (the waiting searches run first)' })
  @Roles(...DUPLICATE_REVIEWER_ROLES)
  possibleDuplicates(
    @Args() args: PageArgs,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<Connection<DuplicateCandidateEntity>> {
    return this.duplicates.pagePending(context.req, principal, args);
  }

  @Query(() => [DuplicateCandidate], { description: 'Every candidate pair of a person and of the records linked to it, pending first; searched again now' })
  @Roles(...DUPLICATE_REVIEWER_ROLES)
  duplicateCandidates(
    @Args('personId', { type: () => ID }) personId: string,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<DuplicateCandidateEntity[]> {
    return this.duplicates.candidatesOf(context.req, principal, assertUuid(personId, 'personId'));
  }

  @Mutation(() => DuplicateCandidate, { description: 'Not the same person: the pair is never proposed again. CONFLICT once decided' })
  @Roles(...DUPLICATE_REVIEWER_ROLES)
  dismissDuplicateCandidate(@Args() args: DismissDuplicateCandidateArgs, @CurrentPrincipal() principal: Principal): Promise<DuplicateCandidateEntity> {
    return this.duplicates.dismiss(args.id, args.reason, principal);
  }

  @Mutation(() => PersonLink, {
    description: 'The same person: personId becomes an alias of duplicateOfPersonId, resolved to it by every service. Never undone; CONFLICT when either is already an alias',
  })
  @Roles(...DUPLICATE_LINKER_ROLES)
  async linkDuplicatePersons(@Args('input') input: LinkDuplicatePersonsInput, @CurrentPrincipal() principal: Principal): Promise<PersonLinkOutcome & { canonical: PersonEntity }> {
    const command = { ...input, personId: input.personId.toLowerCase(), duplicateOfPersonId: input.duplicateOfPersonId.toLowerCase() };
    const outcome = await this.duplicates.link(command, principal);
    return { ...outcome, canonical: await this.persons.findExisting(outcome.canonicalPersonId) };
  }

  // The persons' categories are gated field by field by PersonResolver.
  @ResolveField(() => Person)
  @Roles(...DUPLICATE_REVIEWER_ROLES)
  person(@Parent() candidate: DuplicateCandidateEntity): Promise<PersonEntity> {
    return this.persons.findExisting(candidate.personId);
  }

  @ResolveField(() => Person)
  @Roles(...DUPLICATE_REVIEWER_ROLES)
  candidate(@Parent() candidate: DuplicateCandidateEntity): Promise<PersonEntity> {
    return this.persons.findExisting(candidate.candidatePersonId);
  }
}
