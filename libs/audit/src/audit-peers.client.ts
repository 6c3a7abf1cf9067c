import { Inject, Injectable } from '@nestjs/common';
import { AccessDecision, type AgencyType, DataCategory, LegalBasis } from '@nrm/domain';
import { getFromPeer, type InternalPeer, malformedAnswer, type PeerCallRequest } from '@nrm/auth';
import { AuditAction, isGranteeAgencyId, isGranteeAgencyType } from './audit-entry';
import type { AuditEntryRecord, AuditTrailQuery } from './audit-trail.reader';
import { AUDIT_OPTIONS, type AuditOptions } from './audit-writer';
import type { ServiceChainVerification, ServiceTrail } from './federated-trail';

/** The internal endpoints of AuditTrailController, as a peer serves them. */
export const AUDIT_INTERNAL_ROUTE = 'internal/audit';

/** What `GET /internal/audit/trail/:personId` answers. */
export interface AuditTrailResponse {
  entries: AuditEntryRecord[];
}

const DEFAULT_PEER_TIMEOUT_MS = 5_000;
const ACTIONS: ReadonlySet<string> = new Set(Object.values(AuditAction));
const BASES: ReadonlySet<string> = new Set(Object.values(LegalBasis));
const DECISIONS: ReadonlySet<string> = new Set(Object.values(AccessDecision));
const CATEGORIES: ReadonlySet<string> = new Set(Object.values(DataCategory));
const HASH = /^[0-9a-f]{64}$/;

/**
 * Reads the peers' chains (AuditOptions.peers) through their internal audit endpoints, with the caller's own bearer
 * token: each peer decides for the same caller under the same roles, and records the read in its own chain. One
 * promise per peer, in the configured order; any failure rejects with an error naming the peer.
 */
@Injectable()
export class AuditPeersClient {
  private readonly peers: readonly InternalPeer[];
  private readonly timeoutMs: number;

  constructor(@Inject(AUDIT_OPTIONS) options: AuditOptions) {
    this.peers = options.peers ?? [];
    this.timeoutMs = options.peerTimeoutMs ?? DEFAULT_PEER_TIMEOUT_MS;
  }

  /** The services of the peers, in the configured order. */
  get services(): string[] {
    return this.peers.map((peer) => peer.service);
  }

  /** Each peer's trail, under the query `queryFor` gives for that peer's service (a page resumes per chain). */
  trails(request: PeerCallRequest, queryFor: (service: string) => AuditTrailQuery): Array<Promise<ServiceTrail>> {
    return this.peers.map(async (peer) => {
      const query = queryFor(peer.service);
      const search = new URLSearchParams({ first: String(query.first) });
      if (query.agencyId !== undefined) search.set('agencyId', query.agencyId);
      if (query.basis !== undefined) search.set('basis', query.basis);
      if (query.from !== undefined) search.set('from', query.from.toISOString());
      if (query.to !== undefined) search.set('to', query.to.toISOString());
      if (query.before !== undefined) {
        search.set('beforeAt', query.before.at.toISOString());
        if (query.before.seq !== null) search.set('beforeSeq', query.before.seq);
      }
      const path = `/${AUDIT_INTERNAL_ROUTE}/trail/${encodeURIComponent(query.personId)}?${search.toString()}`;
      const call = { peer, path, request, timeoutMs: this.timeoutMs, purpose: 'Audit trail' };
      const body = (await getFromPeer(call)) as Partial<AuditTrailResponse> | null;
      const entries = Array.isArray(body?.entries) ? body.entries.map(parseEntry) : null;
      // Only this person's entries, and no more than asked for.
      if (!entries || entries.length > query.first || entries.some((entry) => entry?.personId !== query.personId)) throw malformedAnswer(call);
      return { service: peer.service, entries: entries as AuditEntryRecord[] };
    });
  }

  verifications(request: PeerCallRequest): Array<Promise<ServiceChainVerification>> {
    return this.peers.map(async (peer) => {
      const call = { peer, path: `/${AUDIT_INTERNAL_ROUTE}/verify`, request, timeoutMs: this.timeoutMs, purpose: 'Audit verification' };
      const body = (await getFromPeer(call)) as Record<string, unknown> | null;
      const valid =
        typeof body?.['ok'] === 'boolean' &&
        Number.isInteger(body['entriesChecked']) &&
        (body['entriesChecked'] as number) >= 0 &&
        (body['firstBrokenAt'] === null || isString(body['firstBrokenAt'])) &&
        // A broken chain names where; an intact one names nothing.
        (body['ok'] ? body['firstBrokenAt'] === null : body['firstBrokenAt'] !== null) &&
        (body['lastSeq'] === null || isString(body['lastSeq'])) &&
        (body['headHash'] === null || (isString(body['headHash']) && HASH.test(body['headHash'])));
      if (!valid || !body) throw malformedAnswer(call);
      return {
        service: peer.service,
        ok: body['ok'] as boolean,
        entriesChecked: body['entriesChecked'] as number,
        firstBrokenAt: body['firstBrokenAt'] as string | null,
        lastSeq: body['lastSeq'] as string | null,
        headHash: body['headHash'] as string | null,
      };
    });
  }
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function nullableString(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

/** One entry as the peer's AuditTrailReader read it, or null when anything is off (the caller fails the operation). */
export function parseEntry(raw: unknown): AuditEntryRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const entry = raw as Record<string, unknown>;
  const at = typeof entry['at'] === 'string' ? new Date(entry['at']) : null;
  const valid =
    isString(entry['id']) &&
    isString(entry['seq']) &&
    at !== null &&
    !Number.isNaN(at.getTime()) &&
    isString(entry['actorSubject']) &&
    isString(entry['actorUsername']) &&
    isString(entry['actorAgencyId']) &&
    isString(entry['actorRole']) &&
    nullableString(entry['personId']) &&
    Array.isArray(entry['categories']) &&
    entry['categories'].every((category) => isString(category) && CATEGORIES.has(category)) &&
    isString(entry['action']) &&
    ACTIONS.has(entry['action']) &&
    (entry['basis'] === null || (isString(entry['basis']) && BASES.has(entry['basis']))) &&
    isString(entry['decision']) &&
    DECISIONS.has(entry['decision']) &&
    nullableString(entry['reason']) &&
    nullableString(entry['permissionId']) &&
    // Absent from a peer that has not been upgraded yet: its entries name no grantee.
    (entry['granteeAgencyId'] === undefined || entry['granteeAgencyId'] === null || (isString(entry['granteeAgencyId']) && isGranteeAgencyId(entry['granteeAgencyId']))) &&
    (entry['granteeAgencyType'] === undefined ||
      entry['granteeAgencyType'] === null ||
      (isString(entry['granteeAgencyType']) && isGranteeAgencyType(entry['granteeAgencyType']))) &&
    nullableString(entry['purpose']) &&
    typeof entry['flaggedForReview'] === 'boolean' &&
    nullableString(entry['correlationId']);
  if (!valid || at === null) return null;
  return {
    id: entry['id'] as string,
    seq: entry['seq'] as string,
    at,
    actorSubject: entry['actorSubject'] as string,
    actorUsername: entry['actorUsername'] as string,
    actorAgencyId: entry['actorAgencyId'] as string,
    actorRole: entry['actorRole'] as string,
    personId: entry['personId'] as string | null,
    categories: entry['categories'] as DataCategory[],
    action: entry['action'] as AuditAction,
    basis: entry['basis'] as LegalBasis | null,
    decision: entry['decision'] as AccessDecision,
    reason: entry['reason'] as string | null,
    permissionId: entry['permissionId'] as string | null,
    granteeAgencyId: (entry['granteeAgencyId'] as string | null | undefined) ?? null,
    granteeAgencyType: (entry['granteeAgencyType'] as AgencyType | null | undefined) ?? null,
    purpose: entry['purpose'] as string | null,
    flaggedForReview: entry['flaggedForReview'] as boolean,
    correlationId: entry['correlationId'] as string | null,
  };
}
