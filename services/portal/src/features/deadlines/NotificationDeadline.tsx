import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import { notificationUrgency, PRESSING } from './clock';

export interface NotificationDeadlineItem {
  kind: string;
  dueAt?: string | null;
  deadlineKind?: string | null;
  acknowledgedBy?: string | null;
  acknowledgedAt?: string | null;
}

const IDENTIFICATION_KINDS = new Set(['NEW_IDENTIFICATION', 'ANONYMOUS_IDENTIFICATION']);

/** A notification's urgency marks (escalated, overdue, urgent, reminder, child), in words, most pressing first. */
export function NotificationUrgency({ item, now }: { item: NotificationDeadlineItem; now: Date }) {
  const { t } = useTranslation();
  const marks = notificationUrgency(item, now);
  if (!marks.length) return null;
  return (
    <span className="deadlines-urgency">
      {marks.map((mark) => (
        <span key={mark} className={`tag deadlines-mark ${PRESSING.includes(mark) ? 'deadlines-pressing' : ''}`} data-urgency={mark}>
          {t(`deadlines.notification.urgency.${mark}`)}
        </span>
      ))}
    </span>
  );
}

/**
 * What a notification says of its deadline: which one (a reminder's or escalation's kind), when it is due, and on the
 * RA's notification of a new identification who acknowledged it (the API tells the RA team only).
 */
export function NotificationDeadline({ item, isResponsibleAuthority }: { item: NotificationDeadlineItem; isResponsibleAuthority: boolean }) {
  const { t, i18n } = useTranslation();
  const lines: string[] = [];
  if (item.deadlineKind) lines.push(t('deadlines.notification.deadlineKind', { kind: t(`deadlines.kind.${item.deadlineKind}`) }));
  if (item.dueAt) lines.push(t('deadlines.notification.due', { when: formatDateTime(item.dueAt, i18n.language) }));
  if (item.acknowledgedBy && item.acknowledgedAt) {
    lines.push(t('deadlines.notification.acknowledgedBy', { who: item.acknowledgedBy, when: formatDateTime(item.acknowledgedAt, i18n.language) }));
  } else if (isResponsibleAuthority && IDENTIFICATION_KINDS.has(item.kind)) {
    lines.push(t('deadlines.notification.notAcknowledged'));
  }
  if (!lines.length) return null;
  return (
    <p className="hint deadlines-notification" data-testid="notification-deadline">
      {lines.join(' · ')}
    </p>
  );
}
