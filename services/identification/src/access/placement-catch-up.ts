import { Inject, Injectable } from '@nestjs/common';
import { Relationship } from '@nrm/access-policy';
import { type AuthenticatedRequest, hasAnyRole, type Principal } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { isUuid } from '@nrm/graphql';
import { getFromPeer, type InternalPeer, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import { RelationshipsService } from '../relationships/relationships.service';

/** Staff of a provider: the callers whose relationships to a person follow from referrals. */
const PROVIDER_ROLES = [Role.CASE_MANAGER, Role.SHELTER_STAFF, Role.SHELTER_HEAD];

/** Once the agency holds one of these, a referral can add nothing (a person has one placement at a time). */
const PLACED: readonly Relationship[] = [Relationship.ACCEPTED_REFERRAL, Relationship.OPEN_CASE];

interface Placement {
  referralId: string;
  accepted: boolean;
}

/**
 * Read your own writes across services (docs/architecture.md): a provider's relationships to a person are projected
 * from referral events, so the case manager who has just accepted a referral could read the person before the event
 * arrives and be refused. When a read by a provider's staff would be refused and the agency does not hold the person
 * as placed yet, this asks the referral service —
 * with the caller's own token, so it answers for the caller's agency only — which referrals of the person the agency
 * holds, and links them as the events will. The referral service is the truth; a link the events already ended stays
 * ended. Any failure leaves the facts as they were (the read is refused, as before): never an error, never access.
 */
@Injectable()
export class PlacementCatchUp {
  private readonly referral: InternalPeer;
  private readonly timeoutMs: number;

  constructor(
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>,
    private readonly relationships: RelationshipsService,
  ) {
    this.referral = { service: 'referral', baseUrl: runtime.config.REFERRAL_INTERNAL_URL };
    this.timeoutMs = runtime.config.PEER_TIMEOUT_MS;
  }

  /** True when it linked something, so the caller reads the facts again. */
  async caughtUp(request: AuthenticatedRequest, principal: Principal, personId: string, stored: readonly Relationship[]): Promise<boolean> {
    if (!hasAnyRole(principal, PROVIDER_ROLES)) return false;
    if (stored.some((relationship) => PLACED.includes(relationship))) return false;
    let body: unknown;
    try {
      body = await getFromPeer({
        peer: this.referral,
        path: `/internal/placements/person/${encodeURIComponent(personId)}`,
        request,
        timeoutMs: this.timeoutMs,
        purpose: 'Placements',
      });
    } catch {
      return false;
    }
    const placements = placementsOf(body, personId, principal.agencyId);
    if (placements.length === 0) return false;
    await this.relationships.linkPlacements(personId, principal.agencyId, placements);
    return true;
  }
}

/** Only well-formed placements of this person at the caller's agency: anything else is ignored. */
function placementsOf(body: unknown, personId: string, agencyId: string): Placement[] {
  const list = (body as { placements?: unknown } | null)?.placements;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const placement = entry as Record<string, unknown> | null;
    if (!placement || typeof placement !== 'object') return [];
    const { referralId, status } = placement;
    if (typeof referralId !== 'string' || !isUuid(referralId)) return [];
    if (placement['personId'] !== personId || placement['providerAgencyId'] !== agencyId) return [];
    if (status !== 'PENDING' && status !== 'ACCEPTED') return [];
    return [{ referralId: referralId.toLowerCase(), accepted: status === 'ACCEPTED' }];
  });
}
