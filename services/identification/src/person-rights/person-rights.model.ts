import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DocumentLanguage, RequesterIdentityCheck, SubjectAccessRequester } from './subject-access.enums';

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

@ObjectType({ description: "A person's request for a copy of their data, recorded by the RA before the export is made." })
export class SubjectAccessRequest {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field()
  requestReference: string;

  @Field(() => SubjectAccessRequester)
  requestedBy: SubjectAccessRequester;

  @Field(() => RequesterIdentityCheck)
  identityCheck: RequesterIdentityCheck;

  @Field(() => Date)
  receivedAt: Date;

  @Field(() => DocumentLanguage)
  language: DocumentLanguage;

  @Field(() => ID)
  recordedByAgencyId: string;

  @Field(() => Date)
  recordedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the export was made; a request is fulfilled once' })
  fulfilledAt: Date | null;
}

@ObjectType({ description: 'The copy the person reads: every part of the document, labelled, in their language. Not kept by the platform.' })
export class PersonDataRendering {
  @Field(() => DocumentLanguage)
  language: DocumentLanguage;

  @Field({ description: 'text/html; charset=utf-8: a self-contained page to print or hand over' })
  mediaType: string;

  @Field()
  content: string;
}

@ObjectType({ description: "A subject access export, made by the RA's head on the person's recorded request and handed to the person." })
export class PersonDataExport {
  @Field(() => ID)
  personId: string;

  @Field({ description: 'The subject access request this export fulfils' })
  requestReference: string;

  @Field()
  reference: string;

  @Field(() => Date)
  generatedAt: Date;

  @Field(() => [PersonExportSource], { description: 'Every service holding data about people; also inside `document`, each part under its service name' })
  sources: PersonExportSource[];

  @Field(() => GraphQLJSON, { description: 'Everything the sources hold about the person, as one JSON document' })
  document: Record<string, unknown>;

  @Field(() => PersonDataRendering, { description: 'The same content for the person to read; returned once, never stored' })
  rendering: PersonDataRendering;

  @Field(() => ID, { description: 'The SUBJECT_ACCESS_DISCLOSURE entry of the audit trail that records this export' })
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
