import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EntryRoute, IdentificationStatus, ImmediateNeed, IndicatorGroup, PlaceOfExploitation, Venue } from '@nrm/domain';
import { ConnectionType } from '@nrm/graphql';
import { Person } from '../person/person.model';

@ObjectType()
export class Screening {
  @Field({ description: 'Adult: act, means and purpose; child: act and purpose' })
  meetsThreshold: boolean;

  @Field(() => [IndicatorGroup])
  missingGroups: IndicatorGroup[];
}

export enum InterviewSessionKind {
  /** The person, recorded without consent to the interview, agreed to it later. */
  INITIAL = 'INITIAL',
  /** An interview suspended for distress was continued. */
  CONTINUATION = 'CONTINUATION',
}
registerEnumType(InterviewSessionKind, { name: 'InterviewSessionKind' });

/** One interview held after the submission (docs/domain.md, "An interview later"). */
@ObjectType()
export class InterviewSession {
  @Field(() => InterviewSessionKind)
  kind: InterviewSessionKind;

  @Field()
  recordedAt: Date;

  @Field(() => ID)
  recordedByAgencyId: string;

  @Field(() => String, { nullable: true })
  language: string | null;

  @Field(() => Boolean, { nullable: true })
  interpreterUsed: boolean | null;

  @Field(() => Boolean, { nullable: true })
  privateSetting: boolean | null;

  @Field(() => Boolean, { nullable: true })
  guardianPresent: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether this session too ended for distress' })
  suspendedForDistress: boolean | null;
}

/**
 * How the initial interview was held. TRAFFICKING_EXPERIENCE data of the person, served through the access policy
 * (docs/api.md, "The interview of an initial identification").
 */
@ObjectType()
export class InitialIdentificationInterview {
  @Field({ description: 'False when the person declined the interview: only an anonymous notification is kept' })
  consentToInterview: boolean;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code of the language the interview was held in' })
  language: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Null once the person\'s data is erased' })
  interpreterUsed: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Null once the person\'s data is erased' })
  privateSetting: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'For a child, whether a parent or guardian was present; null when not recorded' })
  guardianPresent: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Suspended or ended for acute distress; the recording agency may resume it (resumeInterview). Null once erased',
  })
  suspendedForDistress: boolean | null;

  @Field(() => [InterviewSession], { description: 'Interviews held after the submission, oldest first: a later first interview, continuations' })
  sessions: InterviewSession[];
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

  @Field(() => EntryRoute, { description: 'How the person came to the NRM' })
  entryRoute: EntryRoute;

  @Field(() => PlaceOfExploitation, { nullable: true, description: 'Where the exploitation took place; null when not known or not recorded' })
  placeOfExploitation: PlaceOfExploitation | null;

  @Field({ description: 'False when the person declined the interview: only an anonymous notification is kept' })
  interviewConsented: boolean;

  @Field(() => InitialIdentificationInterview, {
    nullable: true,
    description: 'TRAFFICKING_EXPERIENCE of the person: null, with an error at this path, when the access policy closes it to the caller',
  })
  interview: InitialIdentificationInterview | null;
}

export const InitialIdentificationConnection = ConnectionType(InitialIdentification, 'InitialIdentification');
