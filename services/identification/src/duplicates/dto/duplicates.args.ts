import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';

const REASON_MAX_LENGTH = 1000;

@InputType({ description: 'Link a person record to the existing record of the same person' })
export class LinkDuplicatePersonsInput {
  @Field(() => ID, { description: 'The record that becomes an alias' })
  @IsUUID('all', { message: 'must be a person id' })
  personId: string;

  @Field(() => ID, { description: 'The record that keeps its id (the canonical person)' })
  @IsUUID('all', { message: 'must be a person id' })
  duplicateOfPersonId: string;

  @Field({ description: 'Written reason (at least 10 letters); kept with the link, never in the audit trail' })
  @IsString()
  @MaxLength(REASON_MAX_LENGTH, { message: `must be at most ${REASON_MAX_LENGTH} characters` })
  reason: string;
}

@ArgsType()
export class DismissDuplicateCandidateArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a duplicate candidate id' })
  id: string;

  @Field({ description: 'Written reason (at least 10 letters); kept with the decision, never in the audit trail' })
  @IsString()
  @MaxLength(REASON_MAX_LENGTH, { message: `must be at most ${REASON_MAX_LENGTH} characters` })
  reason: string;
}
