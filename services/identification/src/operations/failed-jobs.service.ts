import { Inject, Injectable } from '@nestjs/common';
import { AccessDecision } from '@nrm/domain';
import { AuditAction, auditActor, AuditWriter } from '@nrm/audit';
import { getFromPeer, type InternalPeer, malformedAnswer, type PeerCallRequest, type Principal } from '@nrm/auth';
import { jobQueuesOf, type ServiceName } from '@nrm/events';
import { ApiError, ApiErrorCode, badUserInput, type Connection, decodeCursor, DEFAULT_PAGE_SIZE, toConnection } from '@nrm/graphql';
import {
  compareFailedJobs,
  FAILED_JOBS_ROUTE,
  type FailedJobRecord,
  failedJobKey,
  FailedJobs,
  type FailedJobsBefore,
  type RetryOutcome,
  SERVICE_RUNTIME,
  type ServiceRuntime,
} from '@nrm/service-kit';
import { type IdentificationConfig, jobQueuePeers } from '../config';

/** The audit purpose of an operator's action on the platform's queues: the entry names no person. */
export const PLATFORM_OPERATIONS_PURPOSE = 'PLATFORM_OPERATIONS';

const OUTCOMES: ReadonlySet<string> = new Set<RetryOutcome>(['RETRIED', 'NOT_FOUND', 'NOT_RETRYABLE']);

/**
 * The dead-letter state of every service's queues for platform_admin: identification reads its own queues and asks
 * each peer for its own on internal REST with the caller's token (each service's Redis user reaches only its own
 * queues, infra/redis/users.acl.example), then merges them newest first.
 */
@Injectable()
export class FailedJobsService {
  private readonly peers: ReadonlyMap<string, InternalPeer>;
  private readonly timeoutMs: number;

  constructor(
    private readonly local: FailedJobs,
    private readonly audit: AuditWriter,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime<IdentificationConfig>,
  ) {
    this.peers = new Map(jobQueuePeers(runtime.config).map((peer) => [peer.service, peer]));
    this.timeoutMs = runtime.config.PEER_TIMEOUT_MS;
  }

  /** Every service with queues, identification first. */
  get services(): string[] {
    return [this.runtime.name, ...this.peers.keys()];
  }

  async list(request: PeerCallRequest, args: { first?: number; after?: string; filter?: { service?: string; queue?: string } }): Promise<Connection<FailedJobRecord>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(args.after);
    const before: FailedJobsBefore | undefined = cursor ? { at: cursor.at, key: cursor.id } : undefined;
    const { services, queue } = this.scope(args.filter?.service, args.filter?.queue, 'filter.service', 'filter.queue');
    const lists = await Promise.all(services.map((service) => this.listOf(request, service, first + 1, queue, before)));
    const rows = lists.flat().sort(compareFailedJobs).slice(0, first + 1);
    const connection = toConnection(rows, first, (job) => ({ at: job.failedAt, id: failedJobKey(job) }));
    return connection;
  }

  /** Retries one failed job in its service's queue, once, and records who did it in identification's audit chain. */
  async retry(request: PeerCallRequest, principal: Principal, service: string, queue: string, id: string): Promise<true> {
    this.scope(service, queue, 'service', 'queue');
    const outcome = service === this.runtime.name ? await this.local.retry(queue, id) : await this.retryAtPeer(request, service, queue, id);
    if (outcome === 'NOT_FOUND') throw new ApiError(ApiErrorCode.NOT_FOUND, 'id must be the id of a failed job of that queue (failedJobs)', { fields: ['id'] });
    if (outcome === 'NOT_RETRYABLE') {
      throw new ApiError(ApiErrorCode.CONFLICT, 'A refused event is not retried: its signature or subscription check would refuse it again', { fields: ['queue'] });
    }
    await this.audit.appendNow([
      {
        actor: auditActor(principal),
        personId: null,
        categories: [],
        action: AuditAction.WRITE,
        basis: null,
        decision: AccessDecision.ALLOWED,
        reason: 'FAILED_JOB_RETRIED',
        purpose: PLATFORM_OPERATIONS_PURPOSE,
        correlationId: principal.correlationId,
      },
    ]);
    return true;
  }

  /** The services a filter covers, checked: a service with queues, a queue of that service. */
  private scope(service: string | undefined, queue: string | undefined, serviceField: string, queueField: string): { services: string[]; queue?: string } {
    if (service !== undefined && !this.services.includes(service)) throw badUserInput([serviceField], `${serviceField} must be one of ${this.services.join(', ')}`);
    if (queue === undefined) return { services: service === undefined ? this.services : [service] };
    const owner = this.services.find((candidate) => jobQueuesOf(candidate as ServiceName).some((own) => own.name === queue));
    if (!owner || (service !== undefined && owner !== service)) throw badUserInput([queueField], `${queueField} must be a queue of ${service ?? 'a service'}`);
    return { services: [owner], queue };
  }

  private async listOf(request: PeerCallRequest, service: string, first: number, queue: string | undefined, before: FailedJobsBefore | undefined): Promise<FailedJobRecord[]> {
    if (service === this.runtime.name) return this.local.list(first, queue, before);
    const peer = this.peers.get(service) as InternalPeer;
    const search = new URLSearchParams({ first: String(first) });
    if (queue !== undefined) search.set('queue', queue);
    if (before) {
      search.set('beforeAt', before.at);
      search.set('beforeKey', before.key);
    }
    const call = { peer, path: `/${FAILED_JOBS_ROUTE}?${search.toString()}`, request, timeoutMs: this.timeoutMs, purpose: 'Failed jobs' };
    const body = (await getFromPeer(call)) as { jobs?: unknown } | null;
    const jobs = Array.isArray(body?.jobs) ? body.jobs : null;
    if (!jobs || jobs.length > first || !jobs.every((job) => isFailedJobOf(job, service))) throw malformedAnswer(call);
    return jobs as FailedJobRecord[];
  }

  private async retryAtPeer(request: PeerCallRequest, service: string, queue: string, id: string): Promise<RetryOutcome> {
    const peer = this.peers.get(service) as InternalPeer;
    const call = { peer, path: `/${FAILED_JOBS_ROUTE}/retry`, request, timeoutMs: this.timeoutMs, purpose: 'Failed job retry', body: { queue, id } };
    const body = (await getFromPeer(call)) as { outcome?: unknown } | null;
    if (typeof body?.outcome !== 'string' || !OUTCOMES.has(body.outcome)) throw malformedAnswer(call);
    return body.outcome as RetryOutcome;
  }
}

/** A peer's record: its own service and queue, and nothing but the listed fields' kinds. */
function isFailedJobOf(value: unknown, service: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const job = value as Record<string, unknown>;
  return (
    job['service'] === service &&
    jobQueuesOf(service as ServiceName).some((queue) => queue.name === job['queue'] && queue.kind === job['kind']) &&
    typeof job['id'] === 'string' &&
    typeof job['name'] === 'string' &&
    typeof job['failedReason'] === 'string' &&
    Number.isInteger(job['attemptsMade']) &&
    typeof job['failedAt'] === 'string' &&
    !Number.isNaN(Date.parse(job['failedAt']))
  );
}
