import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Counter, Gauge, Registry } from 'prom-client';
import { type JobQueue, jobQueuesOf, type ServiceName } from '@nrm/events';
import { REDIS, SERVICE_RUNTIME, type ServiceRuntime } from './runtime';
import { runsWorkers } from './repeating-job';

/*
 * Prometheus metrics of a worker process (docs/architecture.md, "Job queues: dead letters and metrics"). Labels are
 * only `service`, `queue` and `kind` (the queue's kind, or a deadline's kind): never a job id, a person or a name,
 * which would put personal data in the monitoring system and blow up its series.
 */

/** Failed attempts per queue, counted by the workers of this process (RepeatingJob, the event consumer). */
const failureCounters = new Map<ServiceName, { registry: Registry; counter: Counter<'service' | 'queue' | 'kind'> }>();

/** The service a queue belongs to: `events.<service>[.dead-letter]` or `<service>.<job>`. */
export function serviceOfQueue(queue: string): string {
  return (queue.startsWith('events.') ? queue.slice('events.'.length) : queue).split('.')[0] ?? queue;
}

function failureCounterOf(service: ServiceName): { registry: Registry; counter: Counter<'service' | 'queue' | 'kind'> } {
  let entry = failureCounters.get(service);
  if (!entry) {
    const registry = new Registry();
    const counter = new Counter({
      name: 'nrm_job_failures_total',
      help: 'Failed job attempts taken by this process (a job retried by BullMQ counts each failed attempt)',
      labelNames: ['service', 'queue', 'kind'] as const,
      registers: [registry],
    });
    entry = { registry, counter };
    failureCounters.set(service, entry);
  }
  return entry;
}

/** Counts one failed attempt of a job of `queue` (one of jobQueuesOf its service). */
export function recordJobFailure(queue: string): void {
  const service = serviceOfQueue(queue) as ServiceName;
  const known = jobQueuesOf(service).find((candidate) => candidate.name === queue);
  if (!known) return;
  failureCounterOf(service).counter.inc({ service, queue, kind: known.kind });
}

type QueueLabels = 'service' | 'queue' | 'kind';

/**
 * The service's queue metrics, read from Redis at each scrape (so every replica reports the same depth; sum the
 * failures counter, take the max of the gauges). A module adds its own gauges to `registry` (notifications: overdue
 * deadlines).
 */
@Injectable()
export class WorkerMetrics implements OnApplicationShutdown {
  readonly registry = new Registry();
  private readonly queues = new Map<string, Queue>();

  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    const gauge = (name: string, help: string, read: (queue: JobQueue) => Promise<number>) =>
      new Gauge<QueueLabels>({
        name,
        help,
        labelNames: ['service', 'queue', 'kind'],
        registers: [this.registry],
        collect: async function (this: Gauge<QueueLabels>) {
          this.reset();
          for (const queue of jobQueuesOf(runtime.name)) this.set({ service: runtime.name, queue: queue.name, kind: queue.kind }, await read(queue));
        },
      });
    gauge('nrm_queue_waiting_jobs', 'Jobs waiting to be taken', (queue) => this.queue(queue).getWaitingCount());
    gauge('nrm_queue_delayed_jobs', 'Jobs delayed (retry backoff or scheduled)', (queue) => this.queue(queue).getDelayedCount());
    gauge('nrm_queue_active_jobs', 'Jobs being processed', (queue) => this.queue(queue).getActiveCount());
    gauge('nrm_queue_oldest_waiting_age_seconds', 'Age of the oldest waiting job (0 when none waits)', (queue) => this.oldestWaitingAgeSeconds(queue));
    gauge('nrm_queue_dead_letter_jobs', 'Jobs in the dead-letter state: failed for good, or events refused and dead-lettered', (queue) =>
      queue.kind === 'dead-letter' ? this.queue(queue).getWaitingCount() : this.queue(queue).getFailedCount(),
    );
  }

  /** The text a Prometheus scrape gets: the queue gauges, the failure counter and what modules added. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    const merged = Registry.merge([this.registry, failureCounterOf(this.runtime.name).registry]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  }

  private queue(queue: JobQueue): Queue {
    let opened = this.queues.get(queue.name);
    if (!opened) {
      opened = new Queue(queue.name, { connection: this.redis });
      this.queues.set(queue.name, opened);
    }
    return opened;
  }

  private async oldestWaitingAgeSeconds(queue: JobQueue): Promise<number> {
    // Oldest first: BullMQ adds to the head of the wait list and takes from its tail.
    const [oldest] = await this.queue(queue).getJobs(['wait'], 0, 0, true);
    if (!oldest) return 0;
    // Job timestamps are the machine's time (BullMQ's), not the domain Clock.
    const waitingSince = oldest.timestamp + (oldest.delay ?? 0);
    return Math.max(0, (Date.now() - waitingSince) / 1000);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}

/**
 * `GET /metrics` on METRICS_HOST:METRICS_PORT, a port of its own: the worker process serves no HTTP otherwise, and the
 * gateway never routes to it, so only what reaches the internal network (Prometheus) can scrape. Off when
 * METRICS_PORT is unset; started only in a process that runs workers.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: Server | undefined;

  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly metrics: WorkerMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { config, mode } = this.runtime;
    if (mode === 'print-schema' || config.METRICS_PORT === undefined || !runsWorkers(this.runtime)) return;
    const server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
        response.writeHead(404).end();
        return;
      }
      this.metrics.scrape().then(
        ({ contentType, body }) => response.writeHead(200, { 'content-type': contentType }).end(body),
        (error: unknown) => {
          this.runtime.logger.warn({ err: error instanceof Error ? error.name : 'unknown' }, 'metrics scrape failed');
          response.writeHead(503).end();
        },
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.METRICS_PORT, config.METRICS_HOST, () => resolve());
    });
    this.server = server;
    this.runtime.logger.info({ port: this.port }, 'metrics served');
  }

  /** The port it listens on (METRICS_PORT=0 picks a free one, for tests); undefined when off. */
  get port(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
