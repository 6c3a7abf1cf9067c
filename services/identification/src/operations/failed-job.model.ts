import { Field, GraphQLISODateTime, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ConnectionType } from '@nrm/graphql';

@ObjectType({ description: 'A job in the dead-letter state: failed for good, or an event refused by its consumer. Ids and codes only, never its data' })
export class FailedJob {
  @Field({ description: 'The BullMQ job id (an event id for event jobs)' })
  id: string;

  @Field({ description: 'The service whose queue holds it' })
  service: string;

  @Field({ description: 'The queue: events.<service>, events.<service>.dead-letter or <service>.<periodic job>' })
  queue: string;

  @Field({ description: 'events, dead-letter or periodic' })
  kind: string;

  @Field({ description: 'The event type, the periodic job, or why an event was refused' })
  name: string;

  @Field({ description: "The error's name and code, BullMQ's reason, or why an event was refused; never a message" })
  failedReason: string;

  @Field(() => Int)
  attemptsMade: number;

  @Field(() => GraphQLISODateTime)
  failedAt: Date;
}

export const FailedJobConnection = ConnectionType(FailedJob, 'FailedJob');

@InputType()
export class FailedJobsFilter {
  @Field({ nullable: true, description: 'Only this service\'s queues' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  service?: string;

  @Field({ nullable: true, description: 'Only this queue' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  queue?: string;
}
