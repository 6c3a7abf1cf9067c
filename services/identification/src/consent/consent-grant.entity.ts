import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgencyType, ConsentGiver, ConsentPurpose, DataCategory } from '@nrm/domain';
import type { ReviewOutcome } from './review-outcome';

/** One consent given for one receiving agency or every agency of one type. Never deleted: withdrawal sets `withdrawnAt` once. */
@Entity({ name: 'consent_grant' })
export class ConsentGrantEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  /** Exactly one of the agency and the agency type is set (consent_grant_one_grantee). */
  @Column('text', { name: 'grantee_agency_id', nullable: true })
  granteeAgencyId: string | null;

  @Column('text', { name: 'grantee_agency_type', nullable: true })
  granteeAgencyType: AgencyType | null;

  @Column('text')
  purpose: ConsentPurpose;

  @Column('text', { array: true })
  categories: DataCategory[];

  @Column('text', { name: 'given_by' })
  givenBy: ConsentGiver;

  /** The recording user's Keycloak id (token `sub`). */
  @Column('text', { name: 'recorded_by' })
  recordedBy: string;

  @Column('text', { name: 'recorded_by_agency_id' })
  recordedByAgencyId: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt: Date | null;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt: Date | null;

  @Column('text', { name: 'withdrawn_by', nullable: true })
  withdrawnBy: string | null;

  @Column('text', { name: 'withdrawn_by_agency_id', nullable: true })
  withdrawnByAgencyId: string | null;

  @Column('text', { name: 'withdrawal_reason', nullable: true })
  withdrawalReason: string | null;

  /** The reference of the signed consent form; null only on grants recorded before evidence was required. */
  @Column('text', { name: 'evidence_reference', nullable: true })
  evidenceReference: string | null;

  /** Waits for the Responsible Authority's review (a grant for law-enforcement cooperation). */
  @Column('boolean', { name: 'flagged_for_review' })
  flaggedForReview: boolean;

  @Column('timestamptz', { name: 'reviewed_at', nullable: true })
  reviewedAt: Date | null;

  /** The reviewer's Keycloak id (token `sub`). */
  @Column('text', { name: 'reviewed_by', nullable: true })
  reviewedBy: string | null;

  @Column('text', { name: 'reviewed_by_agency_id', nullable: true })
  reviewedByAgencyId: string | null;

  @Column('text', { name: 'review_outcome', nullable: true })
  reviewOutcome: ReviewOutcome | null;

  /** The reviewer's note; free text, redacted on erasure, never logged, audited or sent in events. */
  @Column('text', { name: 'review_note', nullable: true })
  reviewNote: string | null;
}
