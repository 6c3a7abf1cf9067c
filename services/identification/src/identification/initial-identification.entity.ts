import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EntryRoute, ExploitationType, IdentificationStatus, ImmediateNeed, IndicatorGroup, MeansOfControl, PlaceOfExploitation, RecruiterRelation, Venue } from '@nrm/domain';

export interface InterviewRecord {
  consentToInterview: boolean;
  language: string | null;
  interpreterUsed: boolean;
  privateSetting: boolean;
  guardianPresent: boolean | null;
  suspendedForDistress: boolean;
}

@Entity({ name: 'initial_identification' })
export class InitialIdentificationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('text', { name: 'client_request_id' })
  clientRequestId: string;

  @Column('text', { name: 'input_hash' })
  inputHash: string;

  @Column('text', { name: 'recording_agency_id' })
  recordingAgencyId: string;

  @Column('text', { name: 'submitted_by' })
  submittedBy: string;

  @Column('text')
  venue: Venue;

  @Column('text')
  region: string;

  @Column('text', { name: 'indicator_codes', array: true })
  indicatorCodes: string[];

  @Column('text', { name: 'exploitation_types', array: true })
  exploitationTypes: ExploitationType[];

  @Column('text', { name: 'immediate_needs', array: true })
  immediateNeeds: ImmediateNeed[];

  @Column('jsonb')
  interview: InterviewRecord;

  @Column('boolean', { name: 'meets_threshold' })
  meetsThreshold: boolean;

  @Column('text', { name: 'missing_groups', array: true })
  missingGroups: IndicatorGroup[];

  @Column('text')
  status: IdentificationStatus;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt: Date;

  @Column('text', { name: 'means_of_control', array: true })
  meansOfControl: MeansOfControl[];

  @Column('text', { name: 'recruiter_relation', nullable: true })
  recruiterRelation: RecruiterRelation | null;

  @Column('text', { name: 'entry_route' })
  entryRoute: EntryRoute;

  @Column('text', { name: 'place_of_exploitation', nullable: true })
  placeOfExploitation: PlaceOfExploitation | null;
}
