import { ReportingInitialSchema1764403200000 } from './1764403200000-initial-schema';
import { StatisticsReadModel1765710000000 } from './1765710000000-statistics-read-model';

export const migrations = [ReportingInitialSchema1764403200000, StatisticsReadModel1765710000000];
