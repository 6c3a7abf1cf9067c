import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * A reference to the identification subgraph's Person. This subgraph only knows the id; the gateway asks the
 * identification subgraph for every other field, where the access policy gates each data category.
 */
@ObjectType('Person')
@Directive('@key(fields: "id", resolvable: false)')
export class Person {
  @Field(() => ID)
  id: string;
}
