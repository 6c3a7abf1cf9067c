import { deadLetterQueueName, eventQueueName, eventTypesConsumedBy, ServiceName } from './contracts';

/**
 * The queues of each service's periodic jobs (RepeatingJob, one BullMQ job scheduler each), named `<service>.<job>`
 * so the service's Redis user reaches them (redis-acl.ts) and no other does. A scheduler names its queue from here,
 * so the failed-jobs listing and the metrics cover every one. A queue of one-off jobs (QueuedJobs: a statistics export
 * to build) is listed here too: it is the service's own queue, reported and retried like the others.
 */
export const PERIODIC_JOB_QUEUES = {
  [ServiceName.IDENTIFICATION]: { directorySync: 'identification.directory-sync', duplicateScreening: 'identification.duplicate-screening' },
  [ServiceName.REFERRAL]: {},
  [ServiceName.FORMAL_IDENTIFICATION]: {},
  [ServiceName.SHELTERS]: {},
  [ServiceName.REPORTING]: { statisticsExport: 'reporting.statistics-export', statisticsSnapshot: 'reporting.statistics-snapshot' },
  [ServiceName.NOTIFICATIONS]: { deadlineSweep: 'notifications.deadline-sweep', email: 'notifications.email' },
} as const satisfies Record<ServiceName, Record<string, string>>;

/** How a service's queue is used: events it consumes, events it refused (dead-lettered), or a periodic job. */
export type JobQueueKind = 'events' | 'dead-letter' | 'periodic';

export interface JobQueue {
  name: string;
  kind: JobQueueKind;
}

/** Every queue a service's own workers take jobs from or keep jobs in: the only ones it reports on and retries in. */
export function jobQueuesOf(service: ServiceName): JobQueue[] {
  const events: JobQueue[] =
    eventTypesConsumedBy(service).length > 0
      ? [
          { name: eventQueueName(service), kind: 'events' },
          { name: deadLetterQueueName(service), kind: 'dead-letter' },
        ]
      : [];
  const periodic = Object.values(PERIODIC_JOB_QUEUES[service] as Record<string, string>).map((name): JobQueue => ({ name, kind: 'periodic' }));
  return [...events, ...periodic];
}

/**
 * What a failed job keeps as its reason: the error's name and, when it has one, its code (a database SQLSTATE, an
 * ApiErrorCode) — never the message, which may quote the data that failed. BullMQ stores `error.message` as the
 * failed reason, so workers throw this in place of what their handler threw.
 */
export class JobFailure extends Error {
  override readonly name = 'JobFailure';

  constructor(error: unknown) {
    super(safeFailureReason(error));
  }
}

const SAFE_CODE = /^[A-Z0-9_]{1,40}$/;
const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,60}$/;

/** `TypeError`, `QueryFailedError 23505`, `ApiError CONFLICT`: the name and a code-like code, nothing else. */
export function safeFailureReason(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const name = SAFE_NAME.test(error.name) ? error.name : 'Error';
  const raw = (error as { code?: unknown }).code;
  const code = typeof raw === 'string' && SAFE_CODE.test(raw) ? raw : undefined;
  return code ? `${name} ${code}` : name;
}

/** A stored failed reason as it may be shown: what safeFailureReason and BullMQ's own reasons look like, else `unknown`. */
export function displayableFailureReason(reason: unknown): string {
  return typeof reason === 'string' && /^[A-Za-z][A-Za-z0-9_ .-]{0,120}$/.test(reason) ? reason : 'unknown';
}
