import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { DataCategory, RESPONSIBLE_AUTHORITY_ROLES, Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { PersonAccessService } from '../access/person-access.service';
import type { PersonEntity } from '../person/person.entity';
import { Person } from '../person/person.model';
import { PersonService } from '../person/person.service';
import { unknownPersonError } from '../person/unknown-person';
import { RecordAgeVerificationInput } from './dto/record-age-verification.input';
import { AgeVerification } from './age-verification.model';
import { AgeVerificationException, AgeVerificationExceptionCode } from './age-verification.exception';
import type { AgeVerificationRow } from './age-verification.repository';
import { AgeVerificationService } from './age-verification.service';

/** Who may read a person's age verifications: whoever sees the person's SUMMARY, through the policy. */
const READERS = [...RESPONSIBLE_AUTHORITY_ROLES, Role.CHILD_PROTECTION_WORKER, Role.FIRST_RESPONDER];

@Resolver(() => AgeVerification)
export class AgeVerificationResolver {
  constructor(
    private readonly verifications: AgeVerificationService,
    private readonly persons: PersonService,
    private readonly access: PersonAccessService,
  ) {}

  /** The Responsible Authority only (docs/api.md, "Age verification"). */
  @Mutation(() => AgeVerification)
  @Roles(Role.RA_OFFICER, Role.RA_HEAD)
  recordAgeVerification(@Args('input') input: RecordAgeVerificationInput, @CurrentPrincipal() principal: Principal): Promise<AgeVerificationRow> {
    return this.verifications.record({ ...input, personId: input.personId.toLowerCase() }, principal);
  }

  @Query(() => [AgeVerification])
  @Roles(...READERS)
  async ageVerifications(
    @Args('personId', { type: () => ID }) personId: string,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<AgeVerificationRow[]> {
    const person = await this.persons.find(assertUuid(personId, 'personId').toLowerCase());
    if (!person) throw unknownPersonError(principal, () => new AgeVerificationException(AgeVerificationExceptionCode.PERSON_NOT_FOUND, 'Person not found'));
    await this.access.require(context.req, principal, person, DataCategory.SUMMARY);
    return this.verifications.forPerson(person.id);
  }

  @ResolveField(() => Person)
  @Roles(...READERS)
  person(@Parent() verification: AgeVerificationRow): Promise<PersonEntity> {
    // Read after the commit: the caller sees the pathway the verification set; its fields are gated by PersonResolver.
    return this.persons.findExisting(verification.personId);
  }
}

