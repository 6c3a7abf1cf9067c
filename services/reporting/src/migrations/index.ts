import { ReportingInitialSchema1764403200000 } from './1764403200000-initial-schema';
import { StatisticsReadModel1765710000000 } from './1765710000000-statistics-read-model';
import { StatisticsReadModelWrites1765710001000 } from './1765710001000-statistics-read-model-writes';

export const migrations = [ReportingInitialSchema1764403200000, StatisticsReadModel1765710000000, StatisticsReadModelWrites1765710001000];
