import { ReportingInitialSchema1764403200000 } from './1764403200000-initial-schema';
import { StatisticsReadModel1765710000000 } from './1765710000000-statistics-read-model';
import { StatisticsMonthAggregate1765740000000 } from './1765740000000-statistics-month-aggregate';

export const migrations = [ReportingInitialSchema1764403200000, StatisticsReadModel1765710000000, StatisticsMonthAggregate1765740000000];
