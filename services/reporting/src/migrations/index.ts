import { ReportingInitialSchema1764403200000 } from './1764403200000-initial-schema';
import { StatisticsReadModel1765710000000 } from './1765710000000-statistics-read-model';
import { StatisticsReadModelWrites1765710001000 } from './1765710001000-statistics-read-model-writes';
import { StatisticsExportsAndSnapshotRevisions1765720000000 } from './1765720000000-statistics-exports-and-snapshot-revisions';
import { StatisticsMonthAggregate1765740000000 } from './1765740000000-statistics-month-aggregate';
import { StatisticsFunnelVersion1765762000000 } from './1765762000000-statistics-funnel-version';

export const migrations = [
  ReportingInitialSchema1764403200000,
  StatisticsReadModel1765710000000,
  StatisticsReadModelWrites1765710001000,
  StatisticsExportsAndSnapshotRevisions1765720000000,
  StatisticsMonthAggregate1765740000000,
  StatisticsFunnelVersion1765762000000,
];
