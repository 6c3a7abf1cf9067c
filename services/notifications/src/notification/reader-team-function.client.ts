import { Inject, Injectable } from '@nestjs/common';
import { type AuthenticatedRequest, getFromPeer } from '@nrm/auth';
import { isTeamFunction, type TeamFunction } from '@nrm/domain';
import type { Logger } from '@nrm/logging';
import { LOGGER, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { NotificationsConfig } from '../config';

/**
 * The reader's team function, as identification's directory knows it (GET /internal/directory/me, asked with the
 * reader's own token; docs/architecture.md, "Internal REST between services"). Access tokens carry no team function,
 * and this service keeps no copy of the directory: the directory stays the one place that says who is the shelter's
 * psychologist. When identification cannot answer, the reader gets what is addressed to their roles only (fail
 * closed) and the gap is logged without anything about the reader.
 */
@Injectable()
export class ReaderTeamFunctionClient {
  private readonly peer: { service: string; baseUrl: string };
  private readonly timeoutMs: number;

  constructor(
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<NotificationsConfig>,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.peer = { service: 'identification', baseUrl: runtime.config.IDENTIFICATION_INTERNAL_URL };
    this.timeoutMs = runtime.config.IDENTIFICATION_TIMEOUT_MS;
  }

  async teamFunctionOf(request: AuthenticatedRequest): Promise<TeamFunction | null> {
    try {
      const body = await getFromPeer({ peer: this.peer, path: '/internal/directory/me', request, timeoutMs: this.timeoutMs, purpose: 'Team function' });
      const value = (body as { teamFunction?: unknown } | null)?.teamFunction;
      return typeof value === 'string' && isTeamFunction(value) ? value : null;
    } catch (error) {
      this.logger.warn({ correlationId: request.correlationId ?? null, cause: error instanceof Error ? error.message : 'unknown' }, 'team function unavailable');
      return null;
    }
  }
}
