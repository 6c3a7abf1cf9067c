import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StatisticsSnapshotEntity } from './statistics-snapshot.entity';

/** The reporting schema's snapshots; their payload is never read here until it is served. */
@Injectable()
export class StatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** When and for which period, most recent first. */
  latestSnapshots(first: number): Promise<StatisticsSnapshotEntity[]> {
    return this.dataSource.getRepository(StatisticsSnapshotEntity).find({
      select: { id: true, periodStart: true, periodEnd: true, computedAt: true },
      order: { computedAt: 'DESC', id: 'DESC' },
      take: first,
    });
  }
}
