import { Context, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Authenticator, type GraphQLRequestContext, Roles } from '@nrm/auth';
import { PERSON_READER_ROLES } from '@nrm/access-policy';
import { DataCategory } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { Person } from '../persons/person.model';
import {
  AccommodationRecord,
  EducationEmploymentRecord,
  FamilyRecord,
  HealthRecord,
  LegalRecord,
  PsychosocialRecord,
  SecurityRecord,
} from '../persons/person-records.model';
import { ShelterRecordAccessService } from './shelter-record-access.service';

/**
 * The shelter-record categories of Person. Each field is decided on its own; a denied one resolves to null with
 * CONSENT_REQUIRED or FORBIDDEN at its path, and the decision is audited (ShelterRecordAccessService).
 */
@Resolver(() => Person)
export class PersonRecordsResolver {
  constructor(
    private readonly access: ShelterRecordAccessService,
    private readonly authenticator: Authenticator,
  ) {}

  /** Only the id: existence and every category are checked field by field, against identification's facts. */
  @ResolveReference()
  @Roles(...PERSON_READER_ROLES)
  resolveReference(reference: { __typename: string; id: string }): Person {
    return { id: assertUuid(reference.id, 'id') };
  }

  @ResolveField(() => HealthRecord, { nullable: true })
  @Roles(...PERSON_READER_ROLES)
  async health(@Parent() person: Person, @Context() context: GraphQLRequestContext): Promise<HealthRecord> {
    return { assessments: await this.read(context, person, DataCategory.HEALTH) };
  }

  @ResolveField(() => PsychosocialRecord, { nullable: true })
  @Roles(...PERSON_READER_ROLES)
  async psychosocial(@Parent() person: Person, @Context() context: GraphQLRequestContext): Promise<PsychosocialRecord> {
    return { assessments: await this.read(context, person, DataCategory.PSYCHOSOCIAL) };
  }

  @ResolveField(() => LegalRecord, { nullable: true })
  @Roles(...PERSON_READER_ROLES)
  async legal(@Parent() person: Person, @Context() context: GraphQLRequestContext): Promise<LegalRecord> {
    return { assessments: await this.read(context, person, DataCategory.LEGAL) };
  }

  @ResolveField(() => FamilyRecord, { nullable: true })
  @Roles(...PERSON_READER_ROLES)
  async family(@Parent() person: Person, @Context() context: GraphQLRequestContext): Promise<FamilyRecord> {
    return { assessments: await this.read(context, person, DataCategory.FAMILY) };
  }

  @ResolveField(() => EducationEmploymentRecord, { nullable: true })
  @Roles(...PERSON_READER_ROLES)
  async educationEmployment(@Parent() person: Person, @Context() context: GraphQLRequestContext): Promise<EducationEmploymentRecord> {
    return { assessments: await this.read(context, person, DataCategory.EDUCATION_EMPLOYMENT) };
  }

  /** The shelters' security assessments (TRAFFICKING_EXPERIENCE). */
  @ResolveField(() => SecurityRecord, { nullable: true })
  @Roles(...PERSON_READER_ROLES)
  async security(@Parent() person: Person, @Context() context: GraphQLRequestContext): Promise<SecurityRecord> {
    return { assessments: await this.read(context, person, DataCategory.TRAFFICKING_EXPERIENCE) };
  }

  /** The shelters' long-term accommodation assessments (CONTACT_LOCATION). */
  @ResolveField(() => AccommodationRecord, { nullable: true })
  @Roles(...PERSON_READER_ROLES)
  async accommodation(@Parent() person: Person, @Context() context: GraphQLRequestContext): Promise<AccommodationRecord> {
    return { assessments: await this.read(context, person, DataCategory.CONTACT_LOCATION) };
  }

  private async read(context: GraphQLRequestContext, person: Person, category: DataCategory) {
    const principal = await this.authenticator.authenticate(context.req);
    return this.access.read(context.req, principal, assertUuid(person.id, 'id'), category);
  }
}
