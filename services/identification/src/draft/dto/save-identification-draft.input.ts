import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';

@InputType()
export class SaveIdentificationDraftInput {
  @Field(() => ID, { nullable: true, description: 'The draft to save again; left out, the draft of this clientRequestId is created or saved again' })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of one of your drafts' })
  draftId?: string;

  @Field(() => ID, { description: 'The clientRequestId the submission will use: submitting with it consumes the draft' })
  @IsString({ message: 'must be 8 to 100 letters, digits or . _ : -' })
  @Matches(/^[A-Za-z0-9._:-]{8,100}$/, { message: 'must be 8 to 100 letters, digits or . _ : -' })
  clientRequestId: string;

  @Field({ description: "The form's state as JSON text (an object); checked in full only when submitted" })
  @IsString({ message: 'must be JSON text of an object' })
  payload: string;
}
