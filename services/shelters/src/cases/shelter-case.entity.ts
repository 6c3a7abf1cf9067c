import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CasePhase, CaseStatus, ClosureType, PlacementType } from '@nrm/domain';

/** A person's case at a shelter, opened when the shelter accepts a referral. */
@Entity({ name: 'shelter_case' })
export class ShelterCaseEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  /** The person's NRM reference; never personal data. */
  @Column('text')
  reference: string;

  /** One case per accepted referral. */
  @Column('uuid', { name: 'referral_id' })
  referralId: string;

  /** The shelter running the case; only its staff see it. */
  @Column('text', { name: 'provider_agency_id' })
  providerAgencyId: string;

  @Column('text')
  status: CaseStatus;

  /** Monitoring phase once the case is ACTIVE (I crisis, II stabilisation, III social inclusion). */
  @Column('text', { nullable: true })
  phase: CasePhase | null;

  @Column('timestamptz', { name: 'opened_at' })
  openedAt: Date;

  @Column('timestamptz', { name: 'admitted_at', nullable: true })
  admittedAt: Date | null;

  @Column('text', { name: 'placement_type', nullable: true })
  placementType: PlacementType | null;

  /** The comprehensive needs assessment is due 14 days after admission (docs/domain.md §2 step 4). */
  @Column('timestamptz', { name: 'assessments_due_at', nullable: true })
  assessmentsDueAt: Date | null;

  /** The directory user id (the token's sub) of the case manager. */
  @Column('text', { name: 'case_manager_id', nullable: true })
  caseManagerId: string | null;

  /** The multidisciplinary team: directory user ids of the shelter's staff who work on the case. */
  @Column('text', { name: 'team_member_ids', array: true, default: () => "'{}'" })
  teamMemberIds: string[];

  @Column('timestamptz', { name: 'phase_started_at', nullable: true })
  phaseStartedAt: Date | null;

  /** When the current phase is due for review: its default end by the manual's durations (docs/domain.md §2 step 7). */
  @Column('timestamptz', { name: 'phase_review_due_at', nullable: true })
  phaseReviewDueAt: Date | null;

  @Column('timestamptz', { name: 'follow_up_started_at', nullable: true })
  followUpStartedAt: Date | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column('text', { name: 'closure_type', nullable: true })
  closureType: ClosureType | null;

  /** The closure review (docs/domain.md §2 step 8); free text, served to the shelter's own case readers only. */
  @Column('text', { name: 'closure_review_notes', nullable: true })
  closureReviewNotes: string | null;

  /** A CLOSED_REFERRED case: the referral of the provider the person moved to. */
  @Column('uuid', { name: 'transferred_to_referral_id', nullable: true })
  transferredToReferralId: string | null;
}
