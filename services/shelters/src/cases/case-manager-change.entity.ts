import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CaseManagerChangeOutcome } from '@nrm/domain';

/** A person's request for another case manager and its outcome (docs/domain.md §2 step 3). */
@Entity({ name: 'case_manager_change_request' })
export class CaseManagerChangeEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'case_id' })
  caseId: string;

  @Column('text', { name: 'agency_id' })
  agencyId: string;

  @Column('timestamptz', { name: 'requested_at' })
  requestedAt: Date;

  /** The staff member who recorded the person's request. */
  @Column('text', { name: 'recorded_by' })
  recordedBy: string;

  @Column('text', { name: 'previous_case_manager_id', nullable: true })
  previousCaseManagerId: string | null;

  @Column('text', { nullable: true })
  outcome: CaseManagerChangeOutcome | null;

  @Column('text', { name: 'new_case_manager_id', nullable: true })
  newCaseManagerId: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column('text', { name: 'decided_by', nullable: true })
  decidedBy: string | null;
}
