import { InitialSchema1764576000000 } from './1764576000000-initial-schema';

export const migrations = [InitialSchema1764576000000];
