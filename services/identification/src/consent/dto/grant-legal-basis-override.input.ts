import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsDate, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DataCategory } from '@nrm/domain';
import { AGENCY_ID_PATTERN, WRITTEN_REASON_MAX_LENGTH } from '../consent-rules';

@InputType()
export class GrantLegalBasisOverrideInput {
  @Field(() => ID)
  @IsUUID('all')
  personId: string;

  @Field(() => ID)
  @Matches(AGENCY_ID_PATTERN)
  granteeAgencyId: string;

  @Field(() => [DataCategory])
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(Object.values(DataCategory).length)
  @IsEnum(DataCategory, { each: true })
  categories: DataCategory[];

  @Field({ description: 'The written legal basis (vital interests, child protection): at least 10 letters; stored normalised' })
  @IsString()
  @MaxLength(WRITTEN_REASON_MAX_LENGTH)
  reason: string;

  @Field(() => Date, { nullable: true, description: 'Defaults to OVERRIDE_DEFAULT_HOURS from now; at most OVERRIDE_MAX_HOURS' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}
