import { Inject, Injectable } from '@nestjs/common';
import { isCaseTeamBound } from '@nrm/access-policy';
import type { AuthenticatedRequest, Principal } from '@nrm/auth';
import { getFromPeer, type InternalPeer, RequestMemo, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';

/**
 * Whether the caller is on the team of an open case of the person at the caller's own shelter (docs/domain.md §3,
 * "Within a shelter: the case team"). The shelters service owns the case team, so it is asked at its internal endpoint
 * with the caller's own token (docs/architecture.md, "Internal REST between services"): it answers for the caller
 * alone, a boolean. Asked only for a case-team-bound caller (shelter_staff), once per request and person, never cached
 * across requests: a member added to the team reads on the very next request, a member removed is refused on it. Any
 * failure or malformed answer is "not on the team" (the read is refused, as for any missing fact), never access.
 */
@Injectable()
export class CaseTeamClient {
  private readonly shelters: InternalPeer;
  private readonly timeoutMs: number;
  private readonly byRequest = new RequestMemo<Promise<boolean | undefined>>();

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>) {
    this.shelters = { service: 'shelters', baseUrl: runtime.config.SHELTERS_INTERNAL_URL };
    this.timeoutMs = runtime.config.PEER_TIMEOUT_MS;
  }

  /** undefined for a caller the case team does not bind (the policy does not ask); otherwise the shelters' answer. */
  onCaseTeam(request: AuthenticatedRequest, principal: Principal, personId: string): Promise<boolean | undefined> {
    if (!isCaseTeamBound(principal.roles)) return Promise.resolve(undefined);
    return this.byRequest.get(request, `${principal.agencyId}:${principal.subject}:${personId}`, () => this.ask(request, personId));
  }

  private async ask(request: AuthenticatedRequest, personId: string): Promise<boolean> {
    try {
      const body = await getFromPeer({
        peer: this.shelters,
        path: `/internal/case-team/person/${encodeURIComponent(personId)}`,
        request,
        timeoutMs: this.timeoutMs,
        purpose: 'Case team',
      });
      const answer = body as { personId?: unknown; onCaseTeam?: unknown } | null;
      return answer !== null && typeof answer === 'object' && answer.personId === personId && answer.onCaseTeam === true;
    } catch {
      return false;
    }
  }
}
