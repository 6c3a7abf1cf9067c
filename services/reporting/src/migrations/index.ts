import { ReportingInitialSchema1764403200000 } from './1764403200000-initial-schema';

export const migrations = [ReportingInitialSchema1764403200000];
