import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { ServedGroup } from '@nrm/domain';
import { acceptedCodes, PROVIDER_SERVICES } from '../provider-vocabulary';

/** Why the Responsible Authority authorised a provider or withdrew its authorisation: a code, never free text. */
export enum ProviderAuthorisationReason {
  LICENCE_GRANTED = 'LICENCE_GRANTED',
  LICENCE_RENEWED = 'LICENCE_RENEWED',
  INSPECTION_PASSED = 'INSPECTION_PASSED',
  LICENCE_EXPIRED = 'LICENCE_EXPIRED',
  LICENCE_SUSPENDED = 'LICENCE_SUSPENDED',
  INSPECTION_FAILED = 'INSPECTION_FAILED',
  PROVIDER_REQUEST = 'PROVIDER_REQUEST',
  ENTERED_IN_ERROR = 'ENTERED_IN_ERROR',
}

registerEnumType(ProviderAuthorisationReason, {
  name: 'ProviderAuthorisationReason',
  description: "Why the Responsible Authority authorised a provider or withdrew its authorisation (docs/api.md, \"Provider directory\")",
});

const NAME = /^[^\p{Cc}\p{Cf}<>]{2,120}$/u;
const REGION = /^[A-Z_]{2,40}$/;
const AGENCY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SERVES_MESSAGE = `serves must be 1 to 8 distinct groups among: ${acceptedCodes(Object.values(ServedGroup))}`;
const SERVICES_MESSAGE = `services must be 1 to ${PROVIDER_SERVICES.length} distinct codes among: ${acceptedCodes(PROVIDER_SERVICES)}`;
const NAME_MESSAGE = 'name must be 2 to 120 printable characters, without control characters or angle brackets';
const REGION_MESSAGE = 'region must be a region code: 2 to 40 upper-case letters or underscores, e.g. TIRANA';
const PLACES_MESSAGE = 'placesTotal must be a whole number from 0 to 10000';

@InputType({ description: "A new provider of the directory (platform_admin). It starts unauthorised: the Responsible Authority authorises it" })
export class CreateServiceProviderInput {
  @Field(() => ID, { description: 'An agency of the directory (agencies), of type SHELTER_NGO or SHELTER_STATE, not yet a provider' })
  @Matches(AGENCY_ID, { message: 'agencyId must be an agency id of the directory (agencies), e.g. shelter-a' })
  agencyId: string;

  @Field()
  @Matches(NAME, { message: NAME_MESSAGE })
  name: string;

  @Field({ description: 'Region code from the configured list' })
  @Matches(REGION, { message: REGION_MESSAGE })
  region: string;

  @Field(() => [ServedGroup])
  @ArrayMinSize(1, { message: SERVES_MESSAGE })
  @ArrayMaxSize(8, { message: SERVES_MESSAGE })
  @ArrayUnique({ message: SERVES_MESSAGE })
  @IsEnum(ServedGroup, { each: true, message: SERVES_MESSAGE })
  serves: ServedGroup[];

  @Field(() => [String], { description: `Service codes: ${PROVIDER_SERVICES.join(', ')}` })
  @ArrayMinSize(1, { message: SERVICES_MESSAGE })
  @ArrayMaxSize(PROVIDER_SERVICES.length, { message: SERVICES_MESSAGE })
  @ArrayUnique({ message: SERVICES_MESSAGE })
  @IsIn(PROVIDER_SERVICES, { each: true, message: SERVICES_MESSAGE })
  services: string[];

  @Field(() => Int)
  @IsInt({ message: PLACES_MESSAGE })
  @Min(0, { message: PLACES_MESSAGE })
  @Max(10000, { message: PLACES_MESSAGE })
  placesTotal: number;
}

@InputType({ description: 'Changes to a provider (platform_admin): only the fields given change; its agency and authorisation do not' })
export class UpdateServiceProviderInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'providerId must be the id of a provider of serviceProviders' })
  providerId: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(NAME, { message: NAME_MESSAGE })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(REGION, { message: REGION_MESSAGE })
  region?: string;

  @Field(() => [ServedGroup], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: SERVES_MESSAGE })
  @ArrayMaxSize(8, { message: SERVES_MESSAGE })
  @ArrayUnique({ message: SERVES_MESSAGE })
  @IsEnum(ServedGroup, { each: true, message: SERVES_MESSAGE })
  serves?: ServedGroup[];

  @Field(() => [String], { nullable: true, description: `Service codes: ${PROVIDER_SERVICES.join(', ')}` })
  @IsOptional()
  @ArrayMinSize(1, { message: SERVICES_MESSAGE })
  @ArrayMaxSize(PROVIDER_SERVICES.length, { message: SERVICES_MESSAGE })
  @ArrayUnique({ message: SERVICES_MESSAGE })
  @IsIn(PROVIDER_SERVICES, { each: true, message: SERVICES_MESSAGE })
  services?: string[];

  @Field(() => Int, { nullable: true, description: 'Never below the places taken (placesTaken)' })
  @IsOptional()
  @IsInt({ message: PLACES_MESSAGE })
  @Min(0, { message: PLACES_MESSAGE })
  @Max(10000, { message: PLACES_MESSAGE })
  placesTotal?: number;
}

@InputType({ description: "The Responsible Authority's decision on a provider's authorisation (ra_head)" })
export class SetServiceProviderAuthorisationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'providerId must be the id of a provider of serviceProviders' })
  providerId: string;

  @Field(() => Boolean)
  @IsBoolean()
  authorised: boolean;

  @Field(() => ProviderAuthorisationReason, { description: 'A code, never free text' })
  @IsEnum(ProviderAuthorisationReason, { message: `reason must be one of: ${acceptedCodes(Object.values(ProviderAuthorisationReason))}` })
  reason: ProviderAuthorisationReason;
}
