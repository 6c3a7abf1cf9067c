import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AgeBand,
  AgeBasis,
  CitizenshipGroup,
  ExploitationType,
  IdentificationStatus,
  IdentityDocumentType,
  ImmediateNeed,
  MeansOfControl,
  PlaceOfExploitation,
  RecruiterRelation,
  RiskLevel,
  Sex,
  Venue,
} from '@nrm/domain';
import { GraphQLDate } from '@nrm/graphql';

/** Non-identifying facts a provider may see to decide capacity (DataCategory.SUMMARY). */
@ObjectType()
export class PersonSummary {
  @Field(() => AgeBand)
  ageBand: AgeBand;

  @Field({ description: 'True for a child and while age is uncertain (presumed a child until verified).' })
  isChild: boolean;

  @Field({ description: 'True when the age rests on a document or on the Responsible Authority\'s recorded verification.' })
  ageVerified: boolean;

  @Field(() => AgeBasis, { description: 'How the age is known: DOCUMENTED, STATED, ESTIMATED, DISPUTED or UNKNOWN.' })
  ageBasis: AgeBasis;

  @Field({
    description:
      'On the child pathway only because the age is uncertain (no age, disputed, or an estimate under 18 or within the margin above it) until the Responsible Authority records a verification.',
  })
  presumedChild: boolean;

  @Field(() => Sex)
  sex: Sex;

  @Field(() => CitizenshipGroup)
  citizenshipGroup: CitizenshipGroup;

  @Field(() => IdentificationStatus)
  identificationStatus: IdentificationStatus;

  @Field(() => [ImmediateNeed])
  needs: ImmediateNeed[];

  @Field(() => RiskLevel, {
    description: "From the shelter's latest security assessment when one was made, from the immediate needs before that (SECURITY: HIGH)",
  })
  riskLevel: RiskLevel;

  @Field(() => [String])
  languages: string[];

  @Field()
  accompanyingChildren: boolean;
}

/** One identity document of the person (IDENTITY). */
@ObjectType()
export class IdentityDocument {
  @Field(() => IdentityDocumentType)
  type: IdentityDocumentType;

  @Field()
  number: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, or XK' })
  issuingCountry: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  expiresOn: string | null;
}

/** DataCategory.IDENTITY. */
@ObjectType()
export class PersonIdentity {
  @Field(() => String, { nullable: true })
  givenName: string | null;

  @Field(() => String, { nullable: true })
  familyName: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  dateOfBirth: string | null;

  @Field(() => Int, { nullable: true })
  estimatedAge: number | null;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2' })
  citizenship: string[];

  @Field(() => [IdentityDocument])
  documents: IdentityDocument[];
}

/** DataCategory.CONTACT_LOCATION: the most dangerous to leak. */
@ObjectType()
export class PersonContactLocation {
  @Field(() => String, { nullable: true, description: 'Region where the person was identified' })
  identifiedInRegion: string | null;
}

/** DataCategory.TRAFFICKING_EXPERIENCE as recorded at initial identification. */
@ObjectType()
export class TraffickingExperience {
  @Field(() => [String])
  indicatorCodes: string[];

  @Field(() => [ExploitationType])
  exploitationTypes: ExploitationType[];

  @Field(() => Venue, { nullable: true })
  venue: Venue | null;

  @Field(() => [MeansOfControl])
  meansOfControl: MeansOfControl[];

  @Field(() => RecruiterRelation, { nullable: true })
  recruiterRelation: RecruiterRelation | null;

  @Field(() => PlaceOfExploitation, { nullable: true })
  placeOfExploitation: PlaceOfExploitation | null;
}

@ObjectType()
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. NRM-2026-000123; never contains personal data' })
  reference: string;

  @Field(() => PersonSummary)
  summary?: PersonSummary;

  @Field(() => PersonIdentity, { nullable: true })
  identity?: PersonIdentity | null;

  @Field(() => PersonContactLocation, { nullable: true })
  contactLocation?: PersonContactLocation | null;

  @Field(() => TraffickingExperience, { nullable: true })
  traffickingExperience?: TraffickingExperience | null;
}
