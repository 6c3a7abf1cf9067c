import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '@nrm/graphql';

/** When aggregate statistics were computed and for which period; never a person's data. */
@ObjectType()
export class StatisticsSnapshot {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLDate)
  periodStart: string;

  @Field(() => GraphQLDate)
  periodEnd: string;

  @Field()
  computedAt: Date;
}
