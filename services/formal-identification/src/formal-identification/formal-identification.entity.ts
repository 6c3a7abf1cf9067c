import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FormalOutcome } from '@nrm/domain';
import type { FormalIdentificationStatus } from './formal-identification-status';

@Entity({ name: 'formal_identification' })
export class FormalIdentificationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('text')
  status: FormalIdentificationStatus;

  @Column('text', { name: 'requested_by_agency_id' })
  requestedByAgencyId: string;

  /** Keycloak id (`sub`) of the requester. */
  @Column('text', { name: 'requested_by' })
  requestedBy: string;

  @Column('boolean', { name: 'statement_of_willingness', nullable: true })
  statementOfWillingness: boolean | null;

  @Column('timestamptz', { name: 'requested_at' })
  requestedAt: Date;

  @Column('text', { name: 'police_member_id', nullable: true })
  policeMemberId: string | null;

  @Column('text', { name: 'social_member_id', nullable: true })
  socialMemberId: string | null;

  @Column('timestamptz', { name: 'scheduled_at', nullable: true })
  scheduledAt: Date | null;

  @Column('text', { nullable: true })
  outcome: FormalOutcome | null;

  @Column('timestamptz', { name: 'concluded_at', nullable: true })
  concludedAt: Date | null;

  /** The person's reference (NRM-…), for notifications; null on rows written before it was kept. */
  @Column('text', { name: 'person_reference', nullable: true })
  personReference: string | null;

  @Column('boolean', { name: 'is_child', nullable: true })
  isChild: boolean | null;

  /** The group must have convened by then (working days, docs/calendar.md). */
  @Column('timestamptz', { name: 'due_at', nullable: true })
  dueAt: Date | null;

  @Column('text', { name: 'police_member_agency_id', nullable: true })
  policeMemberAgencyId: string | null;

  @Column('text', { name: 'social_member_agency_id', nullable: true })
  socialMemberAgencyId: string | null;

  /** formal_id_social for an adult, child_protection_worker for a child. */
  @Column('text', { name: 'social_member_role', nullable: true })
  socialMemberRole: string | null;

  @Column('text', { name: 'convened_by', nullable: true })
  convenedBy: string | null;

  @Column('timestamptz', { name: 'convened_at', nullable: true })
  convenedAt: Date | null;

  @Column('timestamptz', { name: 'interview_started_at', nullable: true })
  interviewStartedAt: Date | null;

  @Column('timestamptz', { name: 'interview_ended_at', nullable: true })
  interviewEndedAt: Date | null;

  @Column('text', { nullable: true })
  reasons: string | null;

  @Column('text', { name: 'concluded_by', nullable: true })
  concludedBy: string | null;
}
