import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A first responder's unfinished initial identification, seen by its author only (docs/api.md, "Drafts"). */
@ObjectType()
export class IdentificationDraft {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  clientRequestId: string;

  @Field({ description: "The form's state as JSON text, as last saved" })
  payload: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field({ description: 'Erased at this instant unless saved again' })
  expiresAt: Date;
}
