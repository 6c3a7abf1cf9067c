import { Args, Context, ID, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Authenticator, type GraphQLRequestContext, Roles } from '@nrm/auth';
import { PERSON_READER_ROLES, RA_MANDATE_ROLES } from '@nrm/access-policy';
import { DataCategory, ImmediateNeed } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { RequestMemo } from '@nrm/service-kit';
import { PersonAccessService } from '../access/person-access.service';
import { DuplicatesService } from '../duplicates/duplicates.service';
import { IdentificationException, IdentificationExceptionCode } from '../identification/identification.exception';
import { IdentificationService } from '../identification/identification.service';
import type { InitialIdentificationEntity } from '../identification/initial-identification.entity';
import type { PersonEntity } from '../person/person.entity';
import { isPresumedChild } from '../person/person-age';
import { Person, PersonContactLocation, PersonIdentity, PersonSummary, TraffickingExperience } from '../person/person.model';
import { PersonService } from '../person/person.service';
import { seesEveryPerson, unknownPerson, unknownPersonError } from '../person/unknown-person';

@Resolver(() => Person)
export class PersonResolver {
  private readonly latestByRequest = new RequestMemo<Promise<InitialIdentificationEntity | null>>();

  constructor(
    private readonly persons: PersonService,
    private readonly identifications: IdentificationService,
    private readonly access: PersonAccessService,
    private readonly authenticator: Authenticator,
    private readonly duplicates: DuplicatesService,
  ) {}

  @Query(() => Person, { nullable: true })
  @Roles(...PERSON_READER_ROLES)
  async person(@Args('id', { type: () => ID }) id: string, @Context() context: GraphQLRequestContext): Promise<PersonEntity> {
    const principal = await this.authenticator.authenticate(context.req);
    const found = await this.persons.find(assertUuid(id, 'id'));
    if (!found) {
      await this.duplicates.canonicalId(id);
      throw unknownPersonError(principal, personNotFound);
    }
    // A linked record's id stands for its canonical person, for a caller the canonical person is open to.
    const person = await this.duplicates.resolveForCaller(principal, found);
    await this.access.require(context.req, principal, person, DataCategory.SUMMARY);
    return person;
  }

  /**
   * The RA finds a person by the NRM reference a notification, a phone call or a paper file gives it. Only the RA roles,
   * whose mandate covers every person (so NOT_FOUND tells them nothing); the read is gated and audited as person(id) is.
   */
  @Query(() => Person, { nullable: true, description: 'RA only: the person an NRM reference (e.g. NRM-2026-000123, any case) names' })
  @Roles(...RA_MANDATE_ROLES)
  async personByReference(@Args('reference') reference: string, @Context() context: GraphQLRequestContext): Promise<PersonEntity> {
    const principal = await this.authenticator.authenticate(context.req);
    const person = await this.persons.findByReference(nrmReference(reference));
    if (!person) throw personNotFound();
    await this.access.require(context.req, principal, person, DataCategory.SUMMARY);
    return person;
  }

  /**
   * Other subgraphs (referrals, cases) point at a person; its fields are still gated one by one below. An unknown id
   * resolves, for a caller who may not learn that it is unknown, to a stand-in whose every gated field is refused as
   * for a person the caller is not linked to (an entity resolver is called with the representation and the context).
   */
  @ResolveReference()
  @Roles(...PERSON_READER_ROLES)
  async resolveReference(reference: { __typename: string; id: string }, context: GraphQLRequestContext): Promise<PersonEntity> {
    const id = assertUuid(reference.id, 'id');
    const person = await this.persons.find(id);
    const principal = await this.authenticator.authenticate(context.req);
    if (person) return this.duplicates.resolveForCaller(principal, person);
    // The same alias lookup as for a known id, so the answer for an unknown id takes the same work.
    await this.duplicates.canonicalId(id);
    if (seesEveryPerson(principal)) throw personNotFound();
    return unknownPerson(id);
  }

  /** The reference is a non-identifying fact of the SUMMARY category: `_entities` must not hand it to anyone else. */
  @ResolveField(() => String)
  @Roles(...PERSON_READER_ROLES)
  async reference(@Parent() person: PersonEntity, @Context() context: GraphQLRequestContext): Promise<string> {
    await this.gate(context, person, DataCategory.SUMMARY);
    return person.reference;
  }

  @ResolveField(() => PersonSummary)
  @Roles(...PERSON_READER_ROLES)
  async summary(@Parent() person: PersonEntity, @Context() context: GraphQLRequestContext): Promise<PersonSummary> {
    await this.gate(context, person, DataCategory.SUMMARY);
    return {
      ageBand: person.ageBand,
      isChild: person.isChild,
      ageVerified: person.ageVerified,
      ageBasis: person.ageBasis,
      presumedChild: isPresumedChild(person),
      sex: person.sex,
      citizenshipGroup: person.citizenshipGroup,
      identificationStatus: person.identificationStatus,
      needs: person.needs,
      riskLevel: person.riskLevel,
      languages: person.languages,
      accompanyingChildren: person.needs.includes(ImmediateNeed.ACCOMPANYING_CHILDREN),
    };
  }

  @ResolveField(() => PersonIdentity, { nullable: true })
  @Roles(...PERSON_READER_ROLES)
  async identity(@Parent() person: PersonEntity, @Context() context: GraphQLRequestContext): Promise<PersonIdentity> {
    await this.gate(context, person, DataCategory.IDENTITY);
    return {
      givenName: person.givenName,
      familyName: person.familyName,
      dateOfBirth: person.dateOfBirth,
      estimatedAge: person.estimatedAge,
      citizenship: person.citizenship,
      documents: person.documents ?? [],
    };
  }

  @ResolveField(() => PersonContactLocation, { nullable: true })
  @Roles(...PERSON_READER_ROLES)
  async contactLocation(@Parent() person: PersonEntity, @Context() context: GraphQLRequestContext): Promise<PersonContactLocation> {
    await this.gate(context, person, DataCategory.CONTACT_LOCATION);
    const latest = await this.latestIdentification(context, person.id);
    return { identifiedInRegion: latest?.region ?? null };
  }

  @ResolveField(() => TraffickingExperience, { nullable: true })
  @Roles(...PERSON_READER_ROLES)
  async traffickingExperience(@Parent() person: PersonEntity, @Context() context: GraphQLRequestContext): Promise<TraffickingExperience> {
    await this.gate(context, person, DataCategory.TRAFFICKING_EXPERIENCE);
    const latest = await this.latestIdentification(context, person.id);
    return {
      indicatorCodes: latest?.indicatorCodes ?? [],
      exploitationTypes: latest?.exploitationTypes ?? [],
      venue: latest?.venue ?? null,
      meansOfControl: latest?.meansOfControl ?? [],
      recruiterRelation: latest?.recruiterRelation ?? null,
      placeOfExploitation: latest?.placeOfExploitation ?? null,
    };
  }

  private async gate(context: GraphQLRequestContext, person: PersonEntity, category: DataCategory): Promise<void> {
    const principal = await this.authenticator.authenticate(context.req);
    await this.access.require(context.req, principal, person, category);
  }

  /** Contact location and trafficking experience both come from it: read it once per request and person. */
  private latestIdentification(context: GraphQLRequestContext, personId: string): Promise<InitialIdentificationEntity | null> {
    return this.latestByRequest.get(context.req, personId, () => this.identifications.latestFor(personId));
  }
}

/** NRM-<year>-<at least six digits>, in any case; anything else is BAD_USER_INPUT naming `reference`. */
const NRM_REFERENCE = /^NRM-\d{4}-\d{6,12}$/;

function nrmReference(value: string): string {
  const reference = value.trim().toUpperCase();
  if (!NRM_REFERENCE.test(reference)) {
    throw new IdentificationException(IdentificationExceptionCode.INVALID_REFERENCE, 'reference must be an NRM reference: NRM-, the year, a dash and at least six digits', ['reference']);
  }
  return reference;
}

function personNotFound(): IdentificationException {
  return new IdentificationException(IdentificationExceptionCode.PERSON_NOT_FOUND, 'Person not found');
}
