import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ServedGroup } from '@nrm/domain';

/** An NRM service provider in the directory: directory data, not personal data. */
@Entity({ name: 'service_provider' })
export class ServiceProviderEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** The provider's agency: its case managers' tokens carry this `agency_id`. */
  @Column('text', { name: 'agency_id' })
  agencyId: string;

  /** AgencyType of the provider, e.g. SHELTER_NGO or SHELTER_STATE. */
  @Column('text', { name: 'agency_type' })
  agencyType: string;

  @Column('text')
  name: string;

  @Column('boolean')
  authorised: boolean;

  @Column('integer', { name: 'places_total' })
  placesTotal: number;

  @Column('integer', { name: 'places_free' })
  placesFree: number;

  /** Places taken beyond the total under over-capacity agreements (docs/domain.md §2 step 2). */
  @Column('integer', { name: 'places_over_capacity', default: 0 })
  placesOverCapacity: number;

  @Column('text', { array: true })
  serves: ServedGroup[];

  @Column('text', { array: true })
  services: string[];

  @Column('text')
  region: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
