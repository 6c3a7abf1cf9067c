import type { DeadlineState } from '../../gql/graphql';

/**
 * How a deadline's clock reads now (docs/domain.md §4, "What is built: durable deadlines"). Pure: the caller passes the
 * time, so the same rules serve the inbox, the deadlines page and their tests.
 */
export type ClockTone = 'overdue' | 'dueSoon' | 'due' | 'met' | 'cancelled';

export interface ClockInput {
  dueAt: string;
  state: DeadlineState;
}

export interface ClockReading {
  tone: ClockTone;
  /** Missed and already passed on to the escalation audience (state ESCALATED). */
  escalated: boolean;
}

/** A clock due within this is shown as due soon: the last reminder falls a day before the due time. */
export const DUE_SOON_MS = 24 * 60 * 60 * 1000;

export function readClock(deadline: ClockInput, now: Date): ClockReading {
  if (deadline.state === 'MET') return { tone: 'met', escalated: false };
  if (deadline.state === 'CANCELLED') return { tone: 'cancelled', escalated: false };
  if (deadline.state === 'ESCALATED') return { tone: 'overdue', escalated: true };
  const left = new Date(deadline.dueAt).getTime() - now.getTime();
  if (left <= 0) return { tone: 'overdue', escalated: false };
  return { tone: left <= DUE_SOON_MS ? 'dueSoon' : 'due', escalated: false };
}

/** What makes a notification stand out in the list, most pressing first. */
export type Urgency = 'escalated' | 'overdue' | 'urgent' | 'reminder' | 'child';

export interface UrgencyInput {
  kind: string;
  dueAt?: string | null;
  acknowledgedAt?: string | null;
}

const IDENTIFICATION_KINDS = new Set(['NEW_IDENTIFICATION', 'ANONYMOUS_IDENTIFICATION']);

/**
 * A notification's urgency marks. A new identification is overdue once its acknowledgement was due and nobody
 * acknowledged it; other kinds with a due time say nothing of whether it was met, so only their kind marks them.
 */
export function notificationUrgency(item: UrgencyInput, now: Date): Urgency[] {
  const marks: Urgency[] = [];
  if (item.kind === 'DEADLINE_ESCALATED') marks.push('escalated');
  if (IDENTIFICATION_KINDS.has(item.kind) && item.dueAt && !item.acknowledgedAt && new Date(item.dueAt).getTime() <= now.getTime()) marks.push('overdue');
  if (item.kind === 'URGENT_SUICIDE_RISK') marks.push('urgent');
  if (item.kind === 'DEADLINE_REMINDER') marks.push('reminder');
  if (item.kind === 'CHILD_REGION_WITHOUT_UNIT') marks.push('child');
  return marks;
}

/** Marks that call for action now rather than soon. */
export const PRESSING: readonly Urgency[] = ['escalated', 'overdue', 'urgent'];
