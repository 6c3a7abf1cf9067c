import { NotificationKind } from '../notification/notification-kind';
import type { NotificationUrgency } from '../notification/notification-urgency';
import type { MailLocale } from './email-templates';

/**
 * Kinds mailed whatever the user's preferences: reminders and escalations of deadlines, the urgent assessment finding
 * and a child without a unit of their region (docs/notifications.md). An urgent referral or a child's identification is
 * urgent by its urgency, whatever its kind.
 */
export const ALWAYS_MAILED_KINDS: readonly NotificationKind[] = [
  NotificationKind.DEADLINE_REMINDER,
  NotificationKind.DEADLINE_ESCALATED,
  NotificationKind.URGENT_SUICIDE_RISK,
  NotificationKind.CHILD_REGION_WITHOUT_UNIT,
];

export function isAlwaysMailed(kind: NotificationKind, urgency: NotificationUrgency | null): boolean {
  return ALWAYS_MAILED_KINDS.includes(kind) || urgency !== null;
}

/** The user's choice first, then the directory's, then English; only the languages the templates have. */
export function mailLocaleOf(preferred: string | null, directory: string | null): MailLocale {
  for (const candidate of [preferred, directory]) {
    const language = candidate?.toLowerCase().split('-')[0];
    if (language === 'sq' || language === 'en') return language;
  }
  return 'en';
}
