import { NotificationsInitialSchema1764403200000 } from './1764403200000-initial-schema';

export const migrations = [NotificationsInitialSchema1764403200000];
