import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AgeBand, AgeBasis, CitizenshipGroup, IdentificationStatus, IdentityDocumentType, ImmediateNeed, RiskLevel, Sex } from '@nrm/domain';

/** One identity document as stored in `person.documents` (IDENTITY). */
export interface IdentityDocumentRecord {
  type: IdentityDocumentType;
  number: string;
  issuingCountry: string | null;
  expiresOn: string | null;
}

@Entity({ name: 'person' })
export class PersonEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  reference: string;

  @Column('text', { name: 'recording_agency_id' })
  recordingAgencyId: string;

  @Column('text', { name: 'identification_status' })
  identificationStatus: IdentificationStatus;

  @Column('boolean')
  anonymous: boolean;

  @Column('text')
  sex: Sex;

  @Column('text', { name: 'age_band' })
  ageBand: AgeBand;

  @Column('boolean', { name: 'is_child' })
  isChild: boolean;

  @Column('boolean', { name: 'age_verified' })
  ageVerified: boolean;

  /** How the age is known (docs/domain.md, "Age and the presumption of childhood"). */
  @Column('text', { name: 'age_basis' })
  ageBasis: AgeBasis;

  @Column('text', { name: 'citizenship_group' })
  citizenshipGroup: CitizenshipGroup;

  @Column('text', { array: true })
  languages: string[];

  @Column('text', { array: true })
  needs: ImmediateNeed[];

  @Column('text', { name: 'risk_level' })
  riskLevel: RiskLevel;

  @Column('text', { name: 'given_name', nullable: true })
  givenName: string | null;

  @Column('text', { name: 'family_name', nullable: true })
  familyName: string | null;

  @Column('date', { name: 'date_of_birth', nullable: true })
  dateOfBirth: string | null;

  @Column('integer', { name: 'estimated_age', nullable: true })
  estimatedAge: number | null;

  @Column('text', { array: true })
  citizenship: string[];

  @Column('jsonb')
  documents: IdentityDocumentRecord[];

  /** The shelter's security assessment the risk level was taken from; null while it comes from the immediate needs. */
  @Column('uuid', { name: 'risk_assessment_id', nullable: true })
  riskAssessmentId: string | null;

  @Column('timestamptz', { name: 'risk_assessed_at', nullable: true })
  riskAssessedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
