import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { AgeVerificationOutcome } from '@nrm/domain';
import { GraphQLDate } from '@nrm/graphql';
import { AgeVerificationMethod } from '../age-verification-method';

@InputType()
export class RecordAgeVerificationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a person' })
  personId: string;

  @Field(() => AgeVerificationOutcome, { description: 'ADULT moves the person to the adult pathway; CHILD keeps (or puts) them on the child pathway' })
  @IsEnum(AgeVerificationOutcome, { message: `must be one of ${Object.values(AgeVerificationOutcome).join(', ')}` })
  outcome: AgeVerificationOutcome;

  @Field(() => AgeVerificationMethod)
  @IsEnum(AgeVerificationMethod, { message: `must be one of ${Object.values(AgeVerificationMethod).join(', ')}` })
  method: AgeVerificationMethod;

  @Field(() => Date, { description: 'When the age was established; not in the future' })
  @IsDate({ message: 'must be a date-time' })
  verifiedAt: Date;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'The date of birth the verification established, when it did; must agree with the outcome. Not for a person recorded without consent to the interview.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  dateOfBirth?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Chosen by the client, per agency: the same verification again returns the recorded one (no second notification); a different input with it is CONFLICT',
  })
  @IsOptional()
  @IsString({ message: 'must be 8 to 100 letters, digits or . _ : -' })
  @Matches(/^[A-Za-z0-9._:-]{8,100}$/, { message: 'must be 8 to 100 letters, digits or . _ : -' })
  clientRequestId?: string;
}
