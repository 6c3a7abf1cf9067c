import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum DuplicateReason {
  NAME = 'NAME',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
  CITIZENSHIP = 'CITIZENSHIP',
}

export enum DuplicateCandidateStatus {
  PENDING = 'PENDING',
  LINKED = 'LINKED',
  DISMISSED = 'DISMISSED',
}

/** A pair the duplicate search found: `personId` is the record searched for, `candidatePersonId` the one it resembles. */
@Entity({ name: 'duplicate_candidate' })
export class DuplicateCandidateEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('uuid', { name: 'candidate_person_id' })
  candidatePersonId: string;

  /** numeric(4,3): the driver hands it over as a string. */
  @Column('numeric', { precision: 4, scale: 3, transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  score: number;

  @Column('text', { array: true })
  reasons: DuplicateReason[];

  @Column('text')
  status: DuplicateCandidateStatus;

  @Column('timestamptz', { name: 'detected_at' })
  detectedAt: Date;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column('text', { name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column('text', { name: 'decided_by_agency_id', nullable: true })
  decidedByAgencyId: string | null;

  @Column('text', { name: 'decision_reason', nullable: true })
  decisionReason: string | null;
}
