import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * The fields every record a shelter writes on a case carries (monitoring contacts, reintegration plan versions): its
 * id, the case, and the shelter that recorded it, which owns the record under the access policy (docs/domain.md §3).
 * Abstract: no GraphQL type of its own, each record type lists these fields as its own.
 */
@ObjectType({ isAbstract: true })
export abstract class CaseRecord {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field(() => ID)
  recordedByAgencyId: string;
}
