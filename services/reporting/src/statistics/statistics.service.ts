import { Injectable } from '@nestjs/common';
import { DEFAULT_PAGE_SIZE } from '@nrm/graphql';
import type { StatisticsSnapshotsArgs } from './dto/statistics-snapshots.args';
import type { StatisticsSnapshotEntity } from './statistics-snapshot.entity';
import { StatisticsRepository } from './statistics.repository';

@Injectable()
export class StatisticsService {
  constructor(private readonly statistics: StatisticsRepository) {}

  snapshots(args: StatisticsSnapshotsArgs): Promise<StatisticsSnapshotEntity[]> {
    return this.statistics.latestSnapshots(args.first ?? DEFAULT_PAGE_SIZE);
  }
}
