import { FormalIdentificationInitialSchema1764403200000 } from './1764403200000-initial-schema';

export const migrations = [FormalIdentificationInitialSchema1764403200000];
