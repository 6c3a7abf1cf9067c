import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'statistics_snapshot' })
export class StatisticsSnapshotEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** YYYY-MM-DD. */
  @Column('date', { name: 'period_start' })
  periodStart: string;

  /** YYYY-MM-DD, inclusive. */
  @Column('date', { name: 'period_end' })
  periodEnd: string;

  @Column('timestamptz', { name: 'computed_at' })
  computedAt: Date;

  /** The aggregate tables, already disclosure-controlled; not served until national statistics (planned, docs/api.md; docs/domain.md §5) defines them. */
  @Column('jsonb')
  payload: Record<string, unknown>;
}
