import { Field, ID, InputType, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ExploitationType } from '@nrm/domain';
import { InterviewInput, PersonInput } from './submit-initial-identification.input';

/**
 * The identity the person gives when they agree to the interview: the identity fields of a submission, with the same
 * rules; sex and citizenship were recorded at submission.
 */
@InputType()
export class InterviewPersonInput extends PickType(
  PersonInput,
  ['givenName', 'familyName', 'dateOfBirth', 'estimatedAge', 'ageBasis', 'languages'] as const,
  InputType,
) {}

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
