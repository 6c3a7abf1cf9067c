import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConsentGiver, ConsentPurpose, DataCategory } from '@nrm/domain';

/** One consent given for one receiving agency. Never deleted: withdrawal sets `withdrawnAt` once. */
@Entity({ name: 'consent_grant' })
export class ConsentGrantEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('text', { name: 'grantee_agency_id' })
  granteeAgencyId: string;

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
}
