import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AuthenticatedRequest } from '@nrm/auth';
import { ApiError } from '@nrm/graphql';
import { getFromPeer, type InternalPeer, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { SheltersConfig } from '../config';

/**
 * Read-your-writes for the person's risk level (docs/domain.md §2 step 4, "Risk level"): right after a security
 * assessment commits, identification is asked to take it (POST /internal/security-assessments/:id/apply, with the case
 * manager's own token); identification reads the level back from this service's internal endpoint rather than trust
 * a body. The `security.assessed` event in the same transaction as the assessment is the durable path: when this call
 * fails, the assessment stands and the level follows when the event lands, so the failure is logged, not thrown (the
 * mutation already committed, and failing it would invite the client to record the assessment twice).
 */
@Injectable()
export class RiskLevelNotifier {
  private readonly logger = new Logger(RiskLevelNotifier.name);
  private readonly identification: InternalPeer;
  private readonly timeoutMs: number;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<SheltersConfig>) {
    this.identification = { service: 'identification', baseUrl: runtime.config.IDENTIFICATION_INTERNAL_URL };
    this.timeoutMs = runtime.config.IDENTIFICATION_TIMEOUT_MS;
  }

  async applyNow(request: AuthenticatedRequest, assessmentId: string): Promise<void> {
    try {
      await getFromPeer({
        peer: this.identification,
        path: `/internal/security-assessments/${encodeURIComponent(assessmentId)}/apply`,
        request,
        timeoutMs: this.timeoutMs,
        purpose: 'Risk level',
        body: {},
      });
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'unknown';
      this.logger.warn(`risk level not applied at once (${code}); the security.assessed event will apply it [correlation ${request.correlationId ?? 'none'}]`);
    }
  }
}
