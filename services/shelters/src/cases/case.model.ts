import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CaseManagerChangeOutcome, CasePhase, CaseStatus, ClosureType, PlacementType } from '@nrm/domain';
import { ConnectionType } from '@nrm/graphql';
import { Person } from '../persons/person.model';

@ObjectType({ description: "A person's case at a shelter; personal facts are on `person`, behind the access policy." })
export class Case {
  @Field(() => ID)
  id: string;

  @Field({ description: "The person's NRM reference, known to the shelter from the referral; never contains personal data" })
  reference: string;

  @Field(() => Person, {
    nullable: true,
    description:
      'The person, behind the access policy. Null (with the error at its path) where the shelter no longer sees the person, e.g. after a transfer; the rest of the case, and of a list of cases, is still served',
  })
  person: Person | null;

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

  @Field(() => Date, { nullable: true })
  admittedAt: Date | null;

  @Field(() => PlacementType, { nullable: true })
  placementType: PlacementType | null;

  @Field(() => Date, { nullable: true, description: 'The comprehensive needs assessment is due 14 days after admission' })
  assessmentsDueAt: Date | null;

  @Field(() => ID, { nullable: true, description: "The case manager's directory user id" })
  caseManagerId: string | null;

  @Field(() => [ID], { description: "The multidisciplinary team's directory user ids" })
  teamMemberIds: string[];

  @Field(() => Date, { nullable: true })
  phaseStartedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the current phase is due for review (the manual's default duration)" })
  phaseReviewDueAt: Date | null;

  @Field(() => Date, { nullable: true })
  followUpStartedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => ClosureType, { nullable: true })
  closureType: ClosureType | null;

  @Field(() => String, { nullable: true, description: 'The closure review, recorded before closing' })
  closureReviewNotes: string | null;

  @Field(() => ID, { nullable: true, description: 'CLOSED_REFERRED: the referral of the provider the person moved to' })
  transferredToReferralId: string | null;
}

@ObjectType({ description: "A person's request for another case manager and its outcome" })
export class CaseManagerChangeRequest {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field()
  requestedAt: Date;

  @Field(() => ID, { description: 'The staff member who recorded the request' })
  recordedBy: string;

  @Field(() => ID, { nullable: true })
  previousCaseManagerId: string | null;

  @Field(() => CaseManagerChangeOutcome, { nullable: true, description: 'Null while the shelter head has not decided' })
  outcome: CaseManagerChangeOutcome | null;

  @Field(() => ID, { nullable: true })
  newCaseManagerId: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => ID, { nullable: true })
  decidedBy: string | null;
}

export const CaseConnection = ConnectionType(Case, 'Case');
