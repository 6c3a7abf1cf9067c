import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CasePhase, CaseStatus } from '@nrm/domain';
import { ConnectionType } from '@nrm/graphql';
import { Person } from '../persons/person.model';

@ObjectType({ description: "A person's case at a shelter; personal facts are on `person`, behind the access policy." })
export class Case {
  @Field(() => ID)
  id: string;

  @Field({ description: "The person's NRM reference; never contains personal data" })
  reference: string;

  @Field(() => Person)
  person: Person;

  @Field(() => ID)
  providerAgencyId: string;

  @Field(() => ID, { description: 'The accepted referral the case was opened for' })
  referralId: string;

  @Field(() => CaseStatus)
  status: CaseStatus;

  @Field(() => CasePhase, { nullable: true })
  phase: CasePhase | null;

  @Field()
  openedAt: Date;
}

export const CaseConnection = ConnectionType(Case, 'Case');
