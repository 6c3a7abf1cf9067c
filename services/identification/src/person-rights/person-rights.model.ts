import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType({ description: 'Erasure of the person waits while an unreleased hold exists (open criminal proceedings).' })
export class LegalHold {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field()
  reasonCode: string;

  @Field(() => ID)
  setByAgencyId: string;

  @Field(() => Date)
  setAt: Date;

  @Field(() => Date, { nullable: true })
  releasedAt: Date | null;

  @Field(() => ID, { nullable: true })
  releasedByAgencyId: string | null;
}

/** A service holding data about people, and whether its part is in the document. */
@ObjectType()
export class PersonExportSource {
  @Field()
  service: string;

  @Field()
  included: boolean;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType({ description: 'A subject access export, for the Responsible Authority to hand to the person.' })
export class PersonDataExport {
  @Field(() => ID)
  personId: string;

  @Field()
  reference: string;

  @Field(() => Date)
  generatedAt: Date;

  @Field(() => [PersonExportSource], { description: 'Every service holding data about people; also inside `document`, each part under its service name' })
  sources: PersonExportSource[];

  @Field(() => GraphQLJSON, { description: 'Everything the sources hold about the person, as one JSON document' })
  document: Record<string, unknown>;

  @Field(() => ID, { description: 'The EXPORT entry of the audit trail that records this export' })
  auditEntryId: string;
}

@ObjectType()
export class ErasureResult {
  @Field(() => ID)
  personId: string;

  @Field()
  reference: string;

  @Field(() => Date)
  erasedAt: Date;

  @Field()
  requestReference: string;

  @Field(() => Int, { description: 'Active consent grants withdrawn by the erasure' })
  consentsWithdrawn: number;

  @Field({ description: 'False when the person had already been erased: nothing was changed or emitted again' })
  erasedNow: boolean;
}
