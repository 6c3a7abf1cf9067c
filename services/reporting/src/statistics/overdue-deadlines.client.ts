import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '@nrm/auth';
import { getFromPeer, type InternalPeer, malformedAnswer, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { ReportingConfig } from '../config';

/**
 * The notifications service's overdue deadlines by kind (GET /internal/deadlines/overdue-counts), asked with the
 * caller's own token (docs/architecture.md, "Internal REST between services"): kinds and counts, nothing else. An
 * unreachable or refusing service fails the query, never answers a partial list.
 */
@Injectable()
export class OverdueDeadlinesClient {
  private readonly notifications: InternalPeer;
  private readonly timeoutMs: number;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<ReportingConfig>) {
    this.notifications = { service: 'notifications', baseUrl: runtime.config.NOTIFICATIONS_INTERNAL_URL };
    this.timeoutMs = runtime.config.PEER_TIMEOUT_MS;
  }

  async overdueCounts(request: AuthenticatedRequest): Promise<Array<{ kind: string; count: number }>> {
    const call = { peer: this.notifications, path: '/internal/deadlines/overdue-counts', request, timeoutMs: this.timeoutMs, purpose: 'Overdue items' };
    const body = await getFromPeer(call);
    const kinds = (body as { kinds?: unknown } | null)?.kinds;
    if (!Array.isArray(kinds)) throw malformedAnswer(call);
    return kinds.map((entry: unknown) => {
      const { kind, count } = (entry ?? {}) as Record<string, unknown>;
      if (typeof kind !== 'string' || !/^[A-Z_]{1,64}$/.test(kind) || typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw malformedAnswer(call);
      return { kind, count };
    });
  }
}
