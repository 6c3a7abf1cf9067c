import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { EntryRoute, IdentificationStatus, PlaceOfExploitation } from '@nrm/domain';
import { PageArgs } from '@nrm/graphql';
import { REGION_CODE, toUpperCase } from './input-rules';

/** The shape of an agency id of the directory; whether it is in the directory is the service's check. */
const AGENCY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const AGENCY_ID_MESSAGE = 'must be an agency id the agencies query lists';

@InputType()
export class InitialIdentificationFilter {
  @Field(() => IdentificationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(IdentificationStatus, { message: `must be one of ${Object.values(IdentificationStatus).join(', ')}` })
  status?: IdentificationStatus;

  @Field(() => String, { nullable: true, description: 'A code of the regions query, case-insensitive' })
  @IsOptional()
  @Transform(toUpperCase)
  @Matches(REGION_CODE, { message: 'must be one of the codes the regions query lists' })
  region?: string;

  // The RA's worklist filters (docs/api.md, initialIdentifications).
  @Field(() => Boolean, { nullable: true, description: 'Children (and persons presumed children) only, or adults only' })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  isChild?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: persons with no live referral or case (never referred, or every referral declined); false: the others',
  })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  notYetReferred?: boolean;

  @Field(() => Date, { nullable: true, description: 'Submitted at or after this time' })
  @IsOptional()
  @IsDate({ message: 'must be a date-time (ISO 8601, UTC)' })
  submittedFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Submitted before this time (exclusive); after submittedFrom' })
  @IsOptional()
  @IsDate({ message: 'must be a date-time (ISO 8601, UTC)' })
  submittedTo?: Date;

  @Field(() => String, { nullable: true, description: 'The identifying (recording) agency, an id of the agencies query' })
  @IsOptional()
  @IsString({ message: AGENCY_ID_MESSAGE })
  @MaxLength(64, { message: AGENCY_ID_MESSAGE })
  @Matches(AGENCY_ID, { message: AGENCY_ID_MESSAGE })
  agencyId?: string;

  @Field(() => EntryRoute, { nullable: true })
  @IsOptional()
  @IsEnum(EntryRoute, { message: `must be one of ${Object.values(EntryRoute).join(', ')}` })
  entryRoute?: EntryRoute;

  @Field(() => PlaceOfExploitation, { nullable: true })
  @IsOptional()
  @IsEnum(PlaceOfExploitation, { message: `must be one of ${Object.values(PlaceOfExploitation).join(', ')}` })
  placeOfExploitation?: PlaceOfExploitation;
}

@ArgsType()
export class InitialIdentificationsArgs extends PageArgs {
  @Field(() => InitialIdentificationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested({ message: 'must be an object' })
  @Type(() => InitialIdentificationFilter)
  filter?: InitialIdentificationFilter;
}
