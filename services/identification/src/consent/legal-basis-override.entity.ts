import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DataCategory } from '@nrm/domain';
import type { ReviewOutcome } from './review-outcome';

/** An ra_head's time-limited legal-basis override (vital interests, child protection). Never deleted or extended. */
@Entity({ name: 'legal_basis_override' })
export class LegalBasisOverrideEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('text', { name: 'grantee_agency_id' })
  granteeAgencyId: string;

  @Column('text', { array: true })
  categories: DataCategory[];

  /** The written legal basis; free text for the reviewer, never logged or sent in events. */
  @Column('text')
  reason: string;

  /** The ra_head's Keycloak id (token `sub`). */
  @Column('text', { name: 'granted_by' })
  grantedBy: string;

  @Column('text', { name: 'granted_by_agency_id' })
  grantedByAgencyId: string;

  @Column('timestamptz', { name: 'granted_at' })
  grantedAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

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
