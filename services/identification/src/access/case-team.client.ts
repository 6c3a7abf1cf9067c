import { Inject, Injectable } from '@nestjs/common';
import { isCaseTeamBound } from '@nrm/access-policy';
import type { AuthenticatedRequest, Principal } from '@nrm/auth';
import { Clock, getFromPeer, type InternalPeer, RequestMemo, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';

/**
 * How long a yes may stand in for a new question on the access-facts endpoint only (`recentYes`): the shelters service
 * asks that endpoint while it serves the caller's request, and asking shelters back from there would queue behind the
 * very request that waits for the answer. Never used for a read of a category here, which always asks.
 */
const RECENT_YES_MS = 30_000;

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
  /** When the shelters service last said yes, by caller agency, subject and person. */
  private readonly yesAt = new Map<string, number>();

  constructor(
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>,
    private readonly clock: Clock,
  ) {
    this.shelters = { service: 'shelters', baseUrl: runtime.config.SHELTERS_INTERNAL_URL };
    this.timeoutMs = runtime.config.PEER_TIMEOUT_MS;
  }

  /**
   * undefined for a caller the case team does not bind (the policy does not ask); otherwise the shelters' answer.
   * `recentYes`: a yes the shelters service gave for this caller and person within RECENT_YES_MS stands (the access-facts
   * endpoint only: the records it gates are checked against the team again, fresh, by the shelters service itself).
   */
  onCaseTeam(request: AuthenticatedRequest, principal: Principal, personId: string, options: { recentYes?: boolean } = {}): Promise<boolean | undefined> {
    if (!isCaseTeamBound(principal.roles)) return Promise.resolve(undefined);
    const key = `${principal.agencyId}:${principal.subject}:${personId}`;
    const now = this.clock.now().getTime();
    if (options.recentYes && now - (this.yesAt.get(key) ?? -Infinity) < RECENT_YES_MS) return Promise.resolve(true);
    return this.byRequest.get(request, key, () => this.ask(request, key, personId));
  }

  private async ask(request: AuthenticatedRequest, key: string, personId: string): Promise<boolean> {
    const yes = await this.fetchAnswer(request, personId);
    const now = this.clock.now().getTime();
    for (const [stale, at] of this.yesAt) if (now - at >= RECENT_YES_MS) this.yesAt.delete(stale);
    if (yes) this.yesAt.set(key, now);
    else this.yesAt.delete(key);
    return yes;
  }

  private async fetchAnswer(request: AuthenticatedRequest, personId: string): Promise<boolean> {
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
