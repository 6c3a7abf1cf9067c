import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ReferralStatus, ReferralWithdrawalReason } from '@nrm/domain';
import { ServiceProviderEntity } from '../service-providers/service-provider.entity';

@Entity({ name: 'referral' })
export class ReferralEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  /** The person's NRM reference (never personal data), copied so lists and events need no lookup. */
  @Column('text')
  reference: string;

  @Column('uuid', { name: 'provider_id' })
  providerId: string;

  @ManyToOne(() => ServiceProviderEntity, { nullable: false })
  @JoinColumn({ name: 'provider_id' })
  provider?: ServiceProviderEntity;

  /** Whose case managers answer the referral. */
  @Column('text', { name: 'provider_agency_id' })
  providerAgencyId: string;

  @Column('text')
  status: ReferralStatus;

  @Column('boolean')
  urgent: boolean;

  /** The RA user (token `sub`) who made the referral. */
  @Column('text', { name: 'created_by' })
  createdBy: string;

  @Column('text', { name: 'created_by_agency_id' })
  createdByAgencyId: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'responded_at', nullable: true })
  respondedAt: Date | null;

  @Column('text', { name: 'responded_by', nullable: true })
  respondedBy: string | null;

  @Column('text', { name: 'decline_reason', nullable: true })
  declineReason: string | null;

  /** Set when the shelters service reports the case it opened for an accepted referral. */
  @Column('uuid', { name: 'case_id', nullable: true })
  caseId: string | null;

  /** Set once when a consent to the provider is withdrawn while the referral is live (consent.withdrawn). */
  @Column('timestamptz', { name: 'consent_withdrawn_at', nullable: true })
  consentWithdrawnAt: Date | null;

  /** A transfer: the person's accepted referral this one replaces when it is accepted. */
  @Column('uuid', { name: 'transfer_from_referral_id', nullable: true })
  transferFromReferralId: string | null;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt: Date | null;

  /** The RA user (token `sub`) who withdrew it. */
  @Column('text', { name: 'withdrawn_by', nullable: true })
  withdrawnBy: string | null;

  @Column('text', { name: 'withdrawal_reason', nullable: true })
  withdrawalReason: ReferralWithdrawalReason | null;

  /** When an accepted referral was closed: its transfer to another provider was accepted, or its case closed. */
  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  /** The providers the RA offered the person (docs/domain.md §2 step 2); the person chose `providerId` among them. */
  @Column('uuid', { name: 'options_offered', array: true, default: () => "'{}'" })
  optionsOffered: string[];

  /** An over-capacity agreement with a full provider: its reference (a code, never free text about the person). */
  @Column('text', { name: 'over_capacity_reference', nullable: true })
  overCapacityReference: string | null;

  /** The provider's agency the agreement was made with. */
  @Column('text', { name: 'over_capacity_agreed_with', nullable: true })
  overCapacityAgreedWith: string | null;

  /** Accepted beyond the provider's total under the agreement. */
  @Column('boolean', { name: 'placed_over_capacity', default: false })
  placedOverCapacity: boolean;
}
