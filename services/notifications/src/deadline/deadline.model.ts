import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@nrm/graphql';
import { DeadlineKind, DeadlineState } from './deadline-kind';

/** A statutory clock (docs/domain.md §4) as its owner and the RA see it: references and ids, never personal data. */
@ObjectType()
export class Deadline {
  @Field(() => ID)
  id: string;

  @Field(() => DeadlineKind)
  kind: DeadlineKind;

  @Field({ description: 'The NRM reference of the person concerned; never a name' })
  subjectRef: string;

  @Field(() => ID, { description: 'The identification, referral, formal identification, case, reflection period or permit, by kind' })
  subjectId: string;

  @Field({ description: 'The agency whose work it is' })
  ownerAgencyId: string;

  @Field()
  dueAt: Date;

  @Field(() => DeadlineState)
  state: DeadlineState;

  @Field(() => Date, { nullable: true, description: 'When it was met or cancelled' })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was escalated, having been missed' })
  escalatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The username of the staff member who met it, where a person does (the RA acknowledgement)' })
  metBy: string | null;
}

export const DeadlineConnection = ConnectionType(Deadline, 'Deadline');
