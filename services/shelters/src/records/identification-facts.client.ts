import { Inject, Injectable } from '@nestjs/common';
import { type Permission, Relationship } from '@nrm/access-policy';
import type { AuthenticatedRequest } from '@nrm/auth';
import { ConsentPurpose, DataCategory, LegalBasis } from '@nrm/domain';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { getFromPeer, type InternalPeer, RequestMemo, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { SheltersConfig } from '../config';

interface PersonAccessFacts {
  isChild: boolean;
  /** The caller's agency recorded the identification: a link to the person, but no ownership of shelter records. */
  recordingAgency: boolean;
  relationships: Relationship[];
  permissions: Permission[];
}

/** The JSON body of GET /internal/access-facts/:personId (identification's AccessFactsResponse). */
export interface FactsBody {
  isChild: boolean;
  recordingAgency: boolean;
  relationships: string[];
  permissions: Array<{
    id: string;
    kind: string;
    granteeAgencyId: string;
    categories: string[];
    purpose: string | null;
    expiresAt: string | null;
    withdrawnAt: string | null;
  }>;
}

const RELATIONSHIPS = new Set<string>(Object.values(Relationship));
// isChild only widens access through child-only relationships, of which there are none here.
const NO_FACTS: PersonAccessFacts = { isChild: false, recordingAgency: false, relationships: [], permissions: [] };
const CATEGORIES = new Set<string>(Object.values(DataCategory));
const PURPOSES = new Set<string>(Object.values(ConsentPurpose));

/** False for the facts of a person identification would say nothing about to the caller (unknown, or not linked). */
export function isKnownToIdentification(facts: PersonAccessFacts): boolean {
  return facts !== NO_FACTS;
}

/**
 * The caller agency's access facts about a person, from identification's internal endpoint
 * (GET /internal/access-facts/:personId) with the caller's own bearer token, so identification answers for the
 * caller's agency only. Loaded once per request and person (like identification's PersonAccessService), never cached
 * across requests: a withdrawal is honoured on the very next read. Fails closed: unreachable, slow or malformed → INTERNAL.
 */
@Injectable()
export class IdentificationFactsClient {
  private readonly byRequest = new RequestMemo<Promise<PersonAccessFacts>>();
  private readonly identification: InternalPeer;
  private readonly timeoutMs: number;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<SheltersConfig>) {
    const config = runtime.config;
    this.identification = { service: 'identification', baseUrl: config.IDENTIFICATION_INTERNAL_URL };
    this.timeoutMs = config.IDENTIFICATION_TIMEOUT_MS;
  }

  factsFor(request: AuthenticatedRequest, personId: string): Promise<PersonAccessFacts> {
    return this.byRequest.get(request, personId, () => this.fetchFacts(request, personId));
  }

  private async fetchFacts(request: AuthenticatedRequest, personId: string): Promise<PersonAccessFacts> {
    let body: unknown;
    try {
      body = await getFromPeer({
        peer: this.identification,
        path: `/internal/access-facts/${encodeURIComponent(personId)}`,
        request,
        timeoutMs: this.timeoutMs,
        purpose: 'Access facts',
        notFoundMessage: 'Person not found',
      });
    } catch (error) {
      // Identification answers alike for an unknown person and one the caller's agency is not linked to: no facts.
      // The shelter's own links (its open case, the records it wrote) still count; everyone else is refused.
      if (error instanceof ApiError && error.code === ApiErrorCode.NOT_FOUND) return NO_FACTS;
      throw error;
    }
    return parseFacts(body as FactsBody);
  }
}

/** Only well-formed facts count; anything unexpected fails closed. */
export function parseFacts(body: FactsBody): PersonAccessFacts {
  const valid =
    typeof body?.isChild === 'boolean' &&
    typeof body.recordingAgency === 'boolean' &&
    Array.isArray(body.relationships) &&
    body.relationships.every((relationship) => RELATIONSHIPS.has(relationship)) &&
    Array.isArray(body.permissions) &&
    body.permissions.every(
      (permission) =>
        typeof permission.id === 'string' &&
        (permission.kind === LegalBasis.CONSENT || permission.kind === LegalBasis.OVERRIDE) &&
        typeof permission.granteeAgencyId === 'string' &&
        Array.isArray(permission.categories) &&
        permission.categories.every((category) => CATEGORIES.has(category)) &&
        // A grant always names its purpose (the policy decides on it); an override never has one.
        (permission.kind === LegalBasis.CONSENT
          ? typeof permission.purpose === 'string' && PURPOSES.has(permission.purpose)
          : permission.purpose === null),
    );
  if (!valid) throw new ApiError(ApiErrorCode.INTERNAL, 'Access facts unavailable');
  return {
    isChild: body.isChild,
    recordingAgency: body.recordingAgency,
    relationships: body.relationships as Relationship[],
    permissions: body.permissions.map((permission) => ({
      id: permission.id,
      kind: permission.kind as LegalBasis.CONSENT | LegalBasis.OVERRIDE,
      granteeAgencyId: permission.granteeAgencyId,
      categories: permission.categories as DataCategory[],
      purpose: permission.purpose as ConsentPurpose | null,
      expiresAt: permission.expiresAt ? new Date(permission.expiresAt) : null,
      withdrawnAt: permission.withdrawnAt ? new Date(permission.withdrawnAt) : null,
    })),
  };
}
