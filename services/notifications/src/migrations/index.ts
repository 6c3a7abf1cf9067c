import { NotificationsInitialSchema1764403200000 } from './1764403200000-initial-schema';
import { AudienceTeamFunction1765500000000 } from './1765500000000-audience-team-function';
import { Deadlines1765660000000 } from './1765660000000-deadlines';
import { EmailDelivery1765670000000 } from './1765670000000-email-delivery';
import { DeadlineOverdueIndex1765680000000 } from './1765680000000-deadline-overdue-index';
import { CaseClocks1765690000000 } from './1765690000000-case-clocks';
import { AudienceUser1765730000000 } from './1765730000000-audience-user';
import { NotificationCreatedSignal1765735000000 } from './1765735000000-notification-created-signal';

export const migrations = [
  NotificationsInitialSchema1764403200000,
  AudienceTeamFunction1765500000000,
  Deadlines1765660000000,
  EmailDelivery1765670000000,
  DeadlineOverdueIndex1765680000000,
  CaseClocks1765690000000,
  AudienceUser1765730000000,
  NotificationCreatedSignal1765735000000,
];
