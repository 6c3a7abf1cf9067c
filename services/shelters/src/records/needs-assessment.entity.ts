import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssessmentArea, LegalProblemType } from '@nrm/domain';

/** One area of a comprehensive needs assessment; owned by the shelter (agency) that recorded it. */
@Entity({ name: 'needs_assessment' })
export class NeedsAssessmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'case_id' })
  caseId: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  /** The shelter that recorded it: the record's owner for the access policy. */
  @Column('text', { name: 'agency_id' })
  agencyId: string;

  @Column('text')
  area: AssessmentArea;

  @Column('text')
  summary: string;

  @Column('text', { nullable: true })
  notes: string | null;

  /** A disagreement within the team about this area, as the team records it; null when the team agreed. */
  @Column('text', { nullable: true })
  disagreement: string | null;

  @Column('boolean', { name: 'suicide_risk' })
  suicideRisk: boolean;

  /** For a LEGAL assessment that found problems: their kinds (codes); empty otherwise. */
  @Column('text', { name: 'legal_problems', array: true })
  legalProblems: LegalProblemType[];

  /** The recording user's subject (token `sub`). */
  @Column('text', { name: 'recorded_by' })
  recordedBy: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;
}
