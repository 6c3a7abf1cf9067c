import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Relationship } from '@nrm/access-policy';

/** A workflow link between an agency and a person, projected from events (referrals, cases, groups). */
@Entity({ name: 'person_relationship' })
export class PersonRelationshipEntity {
  @PrimaryColumn('uuid', { name: 'person_id' })
  personId: string;

  @PrimaryColumn('text', { name: 'agency_id' })
  agencyId: string;

  @PrimaryColumn('text')
  relationship: Relationship;

  /** The referral, case or group that created the link. */
  @PrimaryColumn('uuid', { name: 'source_id' })
  sourceId: string;

  @Column('boolean')
  active: boolean;
}
