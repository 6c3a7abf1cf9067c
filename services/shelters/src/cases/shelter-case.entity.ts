import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CasePhase, CaseStatus } from '@nrm/domain';

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
}
