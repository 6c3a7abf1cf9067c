import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Sex } from '@nrm/domain';

/**
 * What this service knows of a person, projected from `identification.submitted`: ids, the reference and the
 * routing facts needed to check a referral. Personal data stays in the identification service.
 */
@Entity({ name: 'person_ref' })
export class PersonRefEntity {
  @PrimaryColumn('uuid', { name: 'person_id' })
  personId: string;

  @Column('text')
  reference: string;

  /** True for a child and while age is uncertain (presumed a child until verified). */
  @Column('boolean', { name: 'is_child' })
  isChild: boolean;

  @Column('text')
  sex: Sex;

  @Column('boolean', { name: 'is_foreign' })
  isForeign: boolean;

  @Column('boolean', { name: 'accompanying_children' })
  accompanyingChildren: boolean;

  @Column('text')
  region: string;

  /** False while the person has not consented to the interview: no referral that needs personal data is made. */
  @Column('boolean', { name: 'interview_consent' })
  interviewConsent: boolean;

  @Column('text', { name: 'recording_agency_id' })
  recordingAgencyId: string;

  /** When the identification event that last wrote this row happened; an older event never overwrites a newer one. */
  @Column('timestamptz', { name: 'source_occurred_at' })
  sourceOccurredAt: Date;
}
