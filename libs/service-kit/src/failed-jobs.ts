import { Body, Controller, Get, HttpCode, Inject, Injectable, type OnApplicationShutdown, Post, Query, UseFilters } from '@nestjs/common';
import { type Job, Queue } from 'bullmq';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
import type { Redis } from 'ioredis';
import { InternalRestErrorFilter, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { displayableFailureReason, type JobQueue, type JobQueueKind, jobQueuesOf } from '@nrm/events';
import { badUserInput } from '@nrm/graphql';
import { REDIS, SERVICE_RUNTIME, type ServiceRuntime } from './runtime';

/** How long a retry of one job holds off another retry of it (a double click, two admins at once). */
const RETRY_CLAIM_MS = 10_000;

/*
 * The dead-letter state of a service's own queues (docs/architecture.md, "Job queues: dead letters and metrics"): jobs
 * that failed for good (BullMQ's failed set, kept 14 days for events) and events the consumer refused (its dead-letter
 * queue). Each service reads and retries only its own queues — its Redis user reaches no other — and answers for
 * them on internal REST; identification gathers them for platform_admin (`failedJobs`, `retryFailedJob`).
 */

export const FAILED_JOBS_ROUTE = 'internal/jobs/failed';

/** The most jobs read per queue and state for one listing: newest first, older ones page in as newer are retried. */
export const FAILED_JOBS_SCAN_LIMIT = 1000;

/** A job in the dead-letter state, as listed: ids, names and codes, never the job's data. */
export interface FailedJobRecord {
  /** The BullMQ job id: an event's id, or an id BullMQ gave. */
  id: string;
  service: string;
  queue: string;
  kind: JobQueueKind;
  /** The job's name: an event type, a periodic job's name, or a dead-letter reason. */
  name: string;
  /** Why it failed: an error's name and code, BullMQ's own reason, or the reason an event was refused. */
  failedReason: string;
  attemptsMade: number;
  failedAt: string;
}

/** Keyset position in the listing, newest first: (failedAt, key) with key `<queue>/<id>`. */
export interface FailedJobsBefore {
  at: string;
  key: string;
}

export type RetryOutcome = 'RETRIED' | 'NOT_FOUND' | 'NOT_RETRYABLE';

export const failedJobKey = (job: Pick<FailedJobRecord, 'service' | 'queue' | 'id'>): string => `${job.service}/${job.queue}/${job.id}`;

/** Newest first, then by key: the order every listing and its cursor use. */
export function compareFailedJobs(a: FailedJobRecord, b: FailedJobRecord): number {
  if (a.failedAt !== b.failedAt) return a.failedAt < b.failedAt ? 1 : -1;
  const [ka, kb] = [failedJobKey(a), failedJobKey(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function isAfterCursor(job: FailedJobRecord, before: FailedJobsBefore | undefined): boolean {
  if (!before) return true;
  return job.failedAt < before.at || (job.failedAt === before.at && failedJobKey(job) > before.key);
}

const SAFE_JOB_NAME = /^[a-z][a-z0-9.-]{0,80}$/i;

@Injectable()
export class FailedJobs implements OnApplicationShutdown {
  private readonly queues = new Map<string, Queue>();

  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** This service's queues, or the one named (BAD_USER_INPUT naming `queue` if it is not one of them). */
  queuesOf(queue?: string): JobQueue[] {
    const own = jobQueuesOf(this.runtime.name);
    if (queue === undefined) return own;
    const found = own.filter((candidate) => candidate.name === queue);
    if (found.length === 0) throw badUserInput(['queue'], `queue must be one of ${this.runtime.name}'s queues`);
    return found;
  }

  /** Up to `first` jobs in the dead-letter state, newest first, after `before`. */
  async list(first: number, queue?: string, before?: FailedJobsBefore): Promise<FailedJobRecord[]> {
    const lists = await Promise.all(this.queuesOf(queue).map((own) => this.listQueue(own)));
    return lists
      .flat()
      .filter((job) => isAfterCursor(job, before))
      .sort(compareFailedJobs)
      .slice(0, first);
  }

  /**
   * Moves a failed job back to waiting, once: BullMQ's retry takes it out of the failed set atomically, so a second
   * retry finds nothing to retry, and a retry of the same job within RETRY_CLAIM_MS of another is refused too. A refused event is not retryable: it would be refused again.
   */
  async retry(queueName: string, id: string): Promise<RetryOutcome> {
    const [queue] = this.queuesOf(queueName);
    if (!queue) return 'NOT_FOUND';
    if (queue.kind === 'dead-letter') return 'NOT_RETRYABLE';
    const opened = this.queue(queue);
    const job = await opened.getJob(id);
    if (!job || (await job.getState()) !== 'failed') return 'NOT_FOUND';
    // One retry per job at a time: a job that fails at once again would otherwise be back in the failed set before a
    // second click (or a second admin) arrives, and be retried twice. The claim lives in the queue's own keys.
    const claimed = await this.redis.set(`${opened.keys['']}retry-claim:${id}`, '1', 'PX', RETRY_CLAIM_MS, 'NX');
    if (claimed !== 'OK') return 'NOT_FOUND';
    try {
      await job.retry('failed');
    } catch {
      // Another retry moved it first.
      return 'NOT_FOUND';
    }
    return 'RETRIED';
  }

  private async listQueue(queue: JobQueue): Promise<FailedJobRecord[]> {
    const opened = this.queue(queue);
    const jobs = queue.kind === 'dead-letter' ? await opened.getWaiting(0, FAILED_JOBS_SCAN_LIMIT - 1) : await opened.getFailed(0, FAILED_JOBS_SCAN_LIMIT - 1);
    return jobs.filter((job): job is Job & { id: string } => typeof job?.id === 'string').map((job) => this.record(queue, job));
  }

  private record(queue: JobQueue, job: Job & { id: string }): FailedJobRecord {
    const refused = queue.kind === 'dead-letter';
    const name = SAFE_JOB_NAME.test(job.name) ? job.name : 'unknown';
    return {
      id: job.id,
      service: this.runtime.name,
      queue: queue.name,
      kind: queue.kind,
      name,
      // A refused event's job is named by its reason (EventConsumer.deadLetter); its data is never shown.
      failedReason: refused ? name : displayableFailureReason(job.failedReason),
      attemptsMade: job.attemptsMade,
      failedAt: new Date(refused ? job.timestamp : (job.finishedOn ?? job.timestamp)).toISOString(),
    };
  }

  private queue(queue: JobQueue): Queue {
    let opened = this.queues.get(queue.name);
    if (!opened) {
      opened = new Queue(queue.name, { connection: this.redis });
      this.queues.set(queue.name, opened);
    }
    return opened;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}

const QUEUE_NAME = /^[a-z][a-z0-9.-]{0,80}$/;
const JOB_ID = /^[A-Za-z0-9:_-]{1,80}$/;

export class FailedJobsQuery {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(FAILED_JOBS_SCAN_LIMIT)
  first!: number;

  @IsOptional()
  @Matches(QUEUE_NAME)
  queue?: string;

  @IsOptional()
  @IsISO8601()
  beforeAt?: string;

  @IsOptional()
  @IsString()
  @MaxLength(300)
  beforeKey?: string;
}

export class RetryFailedJobBody {
  @Matches(QUEUE_NAME)
  queue!: string;

  @Matches(JOB_ID)
  id!: string;
}

/** What `GET /internal/jobs/failed` answers. */
export interface FailedJobsResponse {
  jobs: FailedJobRecord[];
}

/** What `POST /internal/jobs/failed/retry` answers: the outcome, never a refusal status (identification maps it). */
export interface RetryFailedJobResponse {
  outcome: RetryOutcome;
}

/**
 * Internal REST of every service (behind the global AuthGuard, called by identification with platform_admin's own
 * token; never exposed by the gateway): its own jobs in the dead-letter state, and the retry of one.
 */
@Controller(FAILED_JOBS_ROUTE)
@UseFilters(InternalRestErrorFilter)
export class FailedJobsController {
  constructor(private readonly failedJobs: FailedJobs) {}

  @Get()
  @Roles(Role.PLATFORM_ADMIN)
  async list(@Query() query: FailedJobsQuery): Promise<FailedJobsResponse> {
    const before = query.beforeAt !== undefined && query.beforeKey !== undefined ? { at: query.beforeAt, key: query.beforeKey } : undefined;
    return { jobs: await this.failedJobs.list(query.first, query.queue, before) };
  }

  @Post('retry')
  @HttpCode(200)
  @Roles(Role.PLATFORM_ADMIN)
  async retry(@Body() body: RetryFailedJobBody): Promise<RetryFailedJobResponse> {
    return { outcome: await this.failedJobs.retry(body.queue, body.id) };
  }
}
