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
}
