import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@nrm/graphql';
import { Person } from '../person/person.model';
import { DuplicateCandidateStatus, DuplicateReason } from './duplicate-candidate.entity';

registerEnumType(DuplicateReason, { name: 'DuplicateReason', description: 'What two records share: codes only, never the values' });
registerEnumType(DuplicateCandidateStatus, { name: 'DuplicateCandidateStatus' });

@ObjectType({ description: 'Two person records the duplicate search found alike, for the Responsible Authority to link or dismiss' })
export class DuplicateCandidate {
  @Field(() => ID)
  id: string;

  @Field(() => Person, { description: 'The record searched for (the newer identification)' })
  person: Person;

  @Field(() => Person, { description: 'The existing record it resembles' })
  candidate: Person;

  @Field(() => Float, { description: '0 to 1: name trigrams in common, date of birth, citizenship (docs/domain.md, "Possible duplicates")' })
  score: number;

  @Field(() => [DuplicateReason])
  reasons: DuplicateReason[];

  @Field(() => DuplicateCandidateStatus)
  status: DuplicateCandidateStatus;

  @Field()
  detectedAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
}

export const DuplicateCandidateConnection = ConnectionType(DuplicateCandidate, 'DuplicateCandidate');

@ObjectType({ description: 'Two records of one person linked: the alias id resolves to the canonical person everywhere' })
export class PersonLink {
  @Field(() => ID)
  aliasPersonId: string;

  @Field(() => ID)
  canonicalPersonId: string;

  @Field()
  linkedAt: Date;

  @Field(() => Person)
  canonical: Person;
}
