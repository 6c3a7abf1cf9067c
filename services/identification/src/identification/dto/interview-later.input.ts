import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AgeBasis, ExploitationType } from '@nrm/domain';
import { GraphQLDate } from '@nrm/graphql';
import { MAX_PLAUSIBLE_AGE_YEARS } from '../date-of-birth.rules';
import { InterviewInput } from './submit-initial-identification.input';

const SUBMITTED_AGE_BASES = [AgeBasis.DOCUMENTED, AgeBasis.STATED, AgeBasis.ESTIMATED, AgeBasis.DISPUTED];
const AGE_MESSAGE = `must be a whole number of years from 0 to ${MAX_PLAUSIBLE_AGE_YEARS}`;

/** The identity the person gives when they agree to the interview; sex and citizenship were recorded at submission. */
@InputType()
export class InterviewPersonInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  givenName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  familyName?: string;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  dateOfBirth?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: AGE_MESSAGE })
  @Min(0, { message: AGE_MESSAGE })
  @Max(MAX_PLAUSIBLE_AGE_YEARS, { message: AGE_MESSAGE })
  estimatedAge?: number;

  @Field(() => AgeBasis, { nullable: true, description: 'As on submission: left out, STATED with a dateOfBirth, ESTIMATED with only an estimate' })
  @IsOptional()
  @IsIn(SUBMITTED_AGE_BASES, { message: `must be one of ${SUBMITTED_AGE_BASES.join(', ')}` })
  ageBasis?: AgeBasis;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 language codes' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'must hold at most 10 codes' })
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'must be ISO 639-1 language codes in lower case, e.g. sq' })
  languages?: string[];
}

/** The interview of a person recorded without consent to it, held when they agree (docs/api.md, "An interview later"). */
@InputType()
export class RecordInitialInterviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of an initial identification' })
  identificationId: string;

  @Field(() => InterviewInput, { description: 'consentToInterview must be true: this records that the person agreed' })
  @ValidateNested({ message: 'must be an object' })
  @Type(() => InterviewInput)
  interview: InterviewInput;

  @Field(() => InterviewPersonInput)
  @ValidateNested({ message: 'must be an object' })
  @Type(() => InterviewPersonInput)
  person: InterviewPersonInput;

  @Field(() => [String], { description: 'Codes from indicatorCatalog, as the person now tells them' })
  @ArrayMaxSize(100, { message: 'must hold at most 100 codes' })
  @ArrayUnique({ message: 'must not repeat a code' })
  @IsString({ each: true, message: 'must be codes the indicatorCatalog query lists' })
  @MaxLength(60, { each: true, message: 'must be codes the indicatorCatalog query lists' })
  indicatorCodes: string[];

  @Field(() => [ExploitationType])
  @ArrayUnique({ message: 'must not repeat a type' })
  @IsEnum(ExploitationType, { each: true, message: `must be values of ${Object.values(ExploitationType).join(', ')}` })
  exploitationTypes: ExploitationType[];
}

/** The continuation of an interview suspended for distress, by the agency that held it. */
@InputType()
export class ResumeInterviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of an initial identification' })
  identificationId: string;

  @Field(() => InterviewInput, {
    description: 'How the continuation was held; consentToInterview must be true; suspendedForDistress true if it had to stop again',
  })
  @ValidateNested({ message: 'must be an object' })
  @Type(() => InterviewInput)
  interview: InterviewInput;

  @Field(() => [String], { nullable: true, description: 'Indicator codes the continuation adds to those already recorded' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'must hold at most 100 codes' })
  @ArrayUnique({ message: 'must not repeat a code' })
  @IsString({ each: true, message: 'must be codes the indicatorCatalog query lists' })
  @MaxLength(60, { each: true, message: 'must be codes the indicatorCatalog query lists' })
  indicatorCodes?: string[];

  @Field(() => [ExploitationType], { nullable: true, description: 'Exploitation types the continuation adds' })
  @IsOptional()
  @ArrayUnique({ message: 'must not repeat a type' })
  @IsEnum(ExploitationType, { each: true, message: `must be values of ${Object.values(ExploitationType).join(', ')}` })
  exploitationTypes?: ExploitationType[];
}
