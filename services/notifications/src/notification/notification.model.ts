import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DeadlineKind } from '../deadline/deadline-kind';
import { NotificationKind } from './notification-kind';

/** A notification as one user sees it; it carries references and ids, never personal data. */
@ObjectType()
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: 'The NRM reference of the person concerned, e.g. NRM-2026-000123; never a name' })
  subjectRef: string;

  @Field(() => ID, { description: 'The initial identification, the referral or the consent grant, by kind' })
  subjectId: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the caller marked it read; per user' })
  readAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The deadline this notification starts (docs/domain.md §4), if any' })
  dueAt: Date | null;

  @Field(() => DeadlineKind, { nullable: true, description: 'For a deadline reminder or escalation: which deadline' })
  deadlineKind: DeadlineKind | null;

  @Field(() => String, { nullable: true, description: 'For a new identification: the username of the RA staff member who acknowledged it' })
  acknowledgedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'For a new identification: when the RA acknowledged it' })
  acknowledgedAt: Date | null;
}
