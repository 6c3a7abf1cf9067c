import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { Clock, WorkerMetrics } from '@nrm/service-kit';
import { DeadlineKind } from './deadline-kind';
import { DeadlineRepository } from './deadline.repository';

/**
 * `nrm_deadlines_overdue{service, kind}` on the worker's /metrics: how many deadlines of each kind are past due and
 * not done, read from the deadline table (the truth) at each scrape. Labels hold the kind only, never a subject.
 */
@Injectable()
export class DeadlineMetrics {
  readonly overdue: Gauge<'service' | 'kind'>;

  constructor(metrics: WorkerMetrics, deadlines: DeadlineRepository, clock: Clock) {
    this.overdue = new Gauge<'service' | 'kind'>({
      name: 'nrm_deadlines_overdue',
      help: 'Deadlines past their due time and not met or cancelled (OPEN past due, or ESCALATED), by kind',
      labelNames: ['service', 'kind'],
      registers: [metrics.registry],
      collect: async function (this: Gauge<'service' | 'kind'>) {
        const counts = new Map((await deadlines.overdueCountsByKind(clock.now())).map((row) => [row.kind, row.count]));
        // Every kind, zero included: an alert on a kind works before its first overdue deadline.
        for (const kind of Object.values(DeadlineKind)) this.set({ service: 'notifications', kind }, counts.get(kind) ?? 0);
      },
    });
  }
}
