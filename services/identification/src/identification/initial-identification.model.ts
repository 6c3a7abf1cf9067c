import { Field, ID, ObjectType } from '@nestjs/graphql';
import { IdentificationStatus, ImmediateNeed, IndicatorGroup, Venue } from '@nrm/domain';
import { ConnectionType } from '@nrm/graphql';
import { Person } from '../person/person.model';

@ObjectType()
export class Screening {
  @Field({ description: 'Adult: act, means and purpose; child: act and purpose' })
  meetsThreshold: boolean;

  @Field(() => [IndicatorGroup])
  missingGroups: IndicatorGroup[];
}

/** The workflow record of an initial identification; personal facts are on `person`, behind the access policy. */
@ObjectType()
export class InitialIdentification {
  @Field(() => ID)
  id: string;

  @Field(() => Person)
  person: Person;

  @Field(() => IdentificationStatus)
  status: IdentificationStatus;

  @Field(() => Screening)
  screening: Screening;

  @Field()
  submittedAt: Date;

  @Field(() => ID)
  recordingAgencyId: string;

  @Field(() => Venue)
  venue: Venue;

  @Field()
  region: string;

  @Field(() => [ImmediateNeed])
  immediateNeeds: ImmediateNeed[];

  @Field({ description: 'False when the person declined the interview: only an anonymous notification is kept' })
  interviewConsented: boolean;
}

export const InitialIdentificationConnection = ConnectionType(InitialIdentification, 'InitialIdentification');
