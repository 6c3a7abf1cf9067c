import { NotificationsInitialSchema1764403200000 } from './1764403200000-initial-schema';
import { AudienceTeamFunction1765500000000 } from './1765500000000-audience-team-function';

export const migrations = [NotificationsInitialSchema1764403200000, AudienceTeamFunction1765500000000];
