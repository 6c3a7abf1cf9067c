import { Inject, Injectable } from '@nestjs/common';
import { AgencyType, IdentificationStatus, isRole, type Role } from '@nrm/domain';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { getFromPeer, type InternalPeer, malformedAnswer, type PeerCallRequest, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { FormalIdentificationConfig } from '../config';

/** What identification knows of the person (GET /internal/formal-identification/persons/:personId): flags and codes. */
export interface PersonFacts {
  personId: string;
  reference: string;
  isChild: boolean;
  region: string | null;
  foreignNational: boolean;
  identificationStatus: IdentificationStatus;
  childProtectionUnitIds: string[];
}

/** A directory user as a group member is checked (GET /internal/formal-identification/members/:userId). */
export interface MemberFacts {
  id: string;
  roles: Role[];
  agencyId: string | null;
  agencyType: AgencyType | null;
  region: string | null;
}

const STATUSES = new Set<string>(Object.values(IdentificationStatus));
const AGENCY_TYPES = new Set<string>(Object.values(AgencyType));

/**
 * Identification's internal endpoints for formal identification (docs/architecture.md, "Internal REST between
 * services"), called with the acting user's own token so identification decides for that user. The person facts and
 * the directory come from there, never from the client; the group's links and the status are written there at once
 * (read-your-writes), the events being the durable path. Fails closed: unreachable, slow or malformed → INTERNAL.
 */
@Injectable()
export class IdentificationClient {
  private readonly peer: InternalPeer;
  private readonly timeoutMs: number;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<FormalIdentificationConfig>) {
    this.peer = { service: 'identification', baseUrl: runtime.config.IDENTIFICATION_INTERNAL_URL };
    this.timeoutMs = runtime.config.IDENTIFICATION_TIMEOUT_MS;
  }

  /** The person's facts, or null when identification knows no such person. */
  async personFacts(request: PeerCallRequest, personId: string): Promise<PersonFacts | null> {
    const body = await this.getOrNull(request, `/internal/formal-identification/persons/${encodeURIComponent(personId)}`, 'Person facts');
    if (body === null) return null;
    const facts = body as Partial<PersonFacts>;
    const valid =
      typeof facts.personId === 'string' &&
      typeof facts.reference === 'string' &&
      typeof facts.isChild === 'boolean' &&
      (facts.region === null || typeof facts.region === 'string') &&
      typeof facts.foreignNational === 'boolean' &&
      typeof facts.identificationStatus === 'string' &&
      STATUSES.has(facts.identificationStatus) &&
      Array.isArray(facts.childProtectionUnitIds) &&
      facts.childProtectionUnitIds.every((id) => typeof id === 'string');
    if (!valid) throw malformedAnswer({ peer: this.peer, purpose: 'Person facts' });
    return facts as PersonFacts;
  }

  /** The enabled, active directory user with this id, or null. */
  async member(request: PeerCallRequest, userId: string): Promise<MemberFacts | null> {
    const body = await this.getOrNull(request, `/internal/formal-identification/members/${encodeURIComponent(userId)}`, 'Directory');
    if (body === null) return null;
    const member = body as { id?: unknown; roles?: unknown; agencyId?: unknown; agencyType?: unknown; region?: unknown };
    const valid =
      typeof member.id === 'string' &&
      Array.isArray(member.roles) &&
      (member.agencyId === null || typeof member.agencyId === 'string') &&
      (member.agencyType === null || (typeof member.agencyType === 'string' && AGENCY_TYPES.has(member.agencyType))) &&
      (member.region === null || typeof member.region === 'string');
    if (!valid) throw malformedAnswer({ peer: this.peer, purpose: 'Directory' });
    return {
      id: member.id as string,
      roles: (member.roles as unknown[]).filter((role): role is Role => typeof role === 'string' && isRole(role)),
      agencyId: member.agencyId as string | null,
      agencyType: member.agencyType as AgencyType | null,
      region: member.region as string | null,
    };
  }

  /** The person's status becomes FORMAL_ID_REQUESTED now (the RA's token). */
  async requested(request: PeerCallRequest, body: { formalIdentificationId: string; personId: string; requestedAt: string }): Promise<void> {
    await this.post(request, '/internal/formal-identification/requests', body, 'Identification status');
  }

  /** The group's member agencies read the person from now on (the RA's token). */
  async convened(request: PeerCallRequest, body: { formalIdentificationId: string; personId: string; agencyIds: string[] }): Promise<void> {
    await this.post(request, '/internal/formal-identification/groups', body, 'Formal identification group');
  }

  /** The group's links end and the status follows the outcome (the concluding member's token). */
  async concluded(
    request: PeerCallRequest,
    body: { formalIdentificationId: string; personId: string; agencyIds: string[]; requestedAt: string; outcome: string },
  ): Promise<void> {
    await this.post(request, '/internal/formal-identification/conclusions', body, 'Formal identification conclusion');
  }

  private async getOrNull(request: PeerCallRequest, path: string, purpose: string): Promise<unknown> {
    try {
      return await getFromPeer({ peer: this.peer, path, request, timeoutMs: this.timeoutMs, purpose, notFoundMessage: 'Not found' });
    } catch (error) {
      if (error instanceof ApiError && error.code === ApiErrorCode.NOT_FOUND) return null;
      throw error;
    }
  }

  private async post(request: PeerCallRequest, path: string, body: Record<string, unknown>, purpose: string): Promise<void> {
    await getFromPeer({ peer: this.peer, path, request, timeoutMs: this.timeoutMs, purpose, body });
  }
}
