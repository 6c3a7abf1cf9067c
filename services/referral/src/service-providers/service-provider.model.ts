import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ServedGroup } from '@nrm/domain';

@ObjectType({ description: 'A provider in the NRM directory (directory data, not personal data).' })
export class ServiceProvider {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: "The provider's agency; its case managers answer its referrals" })
  agencyId: string;

  @Field()
  name: string;

  @Field({ description: 'Never refer to an unauthorised provider' })
  authorised: boolean;

  @Field(() => Int, { nullable: true })
  placesTotal: number;

  @Field(() => Int, { nullable: true })
  placesFree: number;

  @Field(() => Int, { description: 'Places taken: placesTotal - placesFree + placesOverCapacity. placesTotal never goes below it' })
  placesTaken: number;

  @Field(() => Int, { description: 'Places taken beyond placesTotal under over-capacity agreements' })
  placesOverCapacity: number;

  @Field(() => [ServedGroup])
  serves: ServedGroup[];

  @Field(() => [String], { description: 'Services offered, e.g. ACCOMMODATION, PSYCHOLOGICAL, LEGAL' })
  services: string[];

  @Field({ description: 'Region code from the configured list' })
  region: string;

  @Field({ description: 'AgencyType of the provider: SHELTER_NGO or SHELTER_STATE' })
  agencyType: string;
}

@ObjectType({ description: "One change of a provider's directory entry (directory data only)" })
export class ServiceProviderChange {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  providerId: string;

  @Field({ description: 'CREATED, UPDATED, AUTHORISED or AUTHORISATION_REVOKED' })
  change: string;

  @Field({ description: 'Username of who changed it' })
  changedByUsername: string;

  @Field()
  changedByAgencyId: string;

  @Field()
  changedByRole: string;

  @Field(() => Date)
  changedAt: Date;

  @Field(() => String, { nullable: true, description: 'For an authorisation: a ProviderAuthorisationReason code' })
  reason: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The directory entry before the change' })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { description: 'The directory entry after the change' })
  after: Record<string, unknown>;
}
