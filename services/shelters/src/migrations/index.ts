import { InitialSchema1764576000000 } from './1764576000000-initial-schema';
import { CasePersonErased1764835200000 } from './1764835200000-case-person-erased';

export const migrations = [InitialSchema1764576000000, CasePersonErased1764835200000];
