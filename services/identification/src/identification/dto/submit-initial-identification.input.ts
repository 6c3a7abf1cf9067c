import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsISO31661Alpha2,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ExploitationType, ImmediateNeed, Sex, Venue } from '@nrm/domain';
import { GraphQLDate } from '@nrm/graphql';

@InputType()
class PersonInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  givenName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  familyName?: string;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  dateOfBirth?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  estimatedAge?: number;

  @Field(() => Sex)
  @IsEnum(Sex)
  sex: Sex;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes' })
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsISO31661Alpha2({ each: true })
  citizenship: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 language codes' })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2,3}$/, { each: true })
  languages?: string[];
}

@InputType()
class InterviewInput {
  @Field({ description: 'Without consent the person is free to go and only an anonymous notification is kept' })
  @IsBoolean()
  consentToInterview: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/)
  language?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  interpreterUsed?: boolean;

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  privateSetting?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  guardianPresent?: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'Interview suspended or ended for acute distress' })
  @IsOptional()
  @IsBoolean()
  suspendedForDistress?: boolean;
}

@InputType()
export class SubmitInitialIdentificationInput {
  @Field(() => ID, {
    description: 'Chosen by the client, per agency: the same submission again returns the same record; a different submission with it is CONFLICT',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9._:-]{8,100}$/)
  clientRequestId: string;

  @Field(() => PersonInput)
  @ValidateNested()
  @Type(() => PersonInput)
  person: PersonInput;

  @Field(() => Venue)
  @IsEnum(Venue)
  venue: Venue;

  @Field({ description: 'Region code from the configured list' })
  @IsString()
  @Matches(/^[A-Z_]{2,40}$/)
  region: string;

  @Field(() => [String])
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  indicatorCodes: string[];

  @Field(() => [ExploitationType])
  @ArrayUnique()
  @IsEnum(ExploitationType, { each: true })
  exploitationTypes: ExploitationType[];

  @Field(() => InterviewInput)
  @ValidateNested()
  @Type(() => InterviewInput)
  interview: InterviewInput;

  @Field(() => [ImmediateNeed])
  @ArrayUnique()
  @IsEnum(ImmediateNeed, { each: true })
  immediateNeeds: ImmediateNeed[];
}
