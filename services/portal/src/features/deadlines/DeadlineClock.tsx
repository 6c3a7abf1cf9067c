import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDuration } from '../../format';
import type { DeadlineState } from '../../gql/graphql';
import { readClock } from './clock';

export interface ClockDeadline {
  dueAt: string;
  state: DeadlineState;
  closedAt?: string | null;
  metBy?: string | null;
}

/**
 * A deadline's clock in words: due in …, overdue by … (and escalated), met (by whom, when) or cancelled; the exact due
 * time beside it. The tone is in the text, never in colour alone.
 */
export function DeadlineClock({ deadline, now }: { deadline: ClockDeadline; now: Date }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { tone, escalated } = readClock(deadline, now);
  const due = formatDateTime(deadline.dueAt, language);
  let text: string;
  if (tone === 'met') {
    const when = deadline.closedAt ? formatDateTime(deadline.closedAt, language) : due;
    text = deadline.metBy ? t('deadlines.clock.metBy', { who: deadline.metBy, when }) : t('deadlines.clock.met', { when });
  } else if (tone === 'cancelled') {
    text = t('deadlines.clock.cancelled');
  } else if (tone === 'overdue') {
    text = t(escalated ? 'deadlines.clock.escalated' : 'deadlines.clock.overdue', { duration: formatDuration(deadline.dueAt, now, language) });
  } else {
    text = t('deadlines.clock.dueIn', { duration: formatDuration(deadline.dueAt, now, language) });
  }
  return (
    <span className={`deadline-clock deadline-${tone}`} data-clock={tone}>
      <span className="deadline-clock-text">{text}</span>
      {tone !== 'met' && tone !== 'cancelled' && <span className="deadline-clock-due">{t('deadlines.clock.dueAt', { when: due })}</span>}
    </span>
  );
}
