import { Inject, Injectable } from '@nestjs/common';
import type { PeerCallRequest } from '@nrm/service-kit';
import { AuditPeersClient } from './audit-peers.client';
import { type AuditEntryRecord, type AuditTrailQuery, AuditTrailReader } from './audit-trail.reader';
import { AUDIT_OPTIONS, type AuditOptions } from './audit-writer';
import type { ChainVerification } from './hash-chain';

/** An entry of the federated trail: which service's chain holds it. */
export interface ServiceAuditEntry extends AuditEntryRecord {
  service: string;
}

export interface ServiceTrail {
  service: string;
  /** Newest first, as AuditTrailReader.find returns them. */
  entries: readonly AuditEntryRecord[];
}

export interface ServiceChainVerification extends ChainVerification {
  service: string;
}

export interface FederatedVerification {
  /** True only when every chain verifies. */
  ok: boolean;
  /** Summed over the chains. */
  entriesChecked: number;
  /** The first broken entry of the first broken chain, in the order of `chains`. */
  firstBrokenAt: string | null;
  chains: ServiceChainVerification[];
}

/**
 * Newest first across the services' trails, then the first `first`. Each trail is already its service's newest
 * `first` entries, so the merged page is exact. Entries at the same instant keep the order of `trails` and, within
 * one service, their chain order (newest seq first): the sort is stable.
 */
export function mergeTrails(trails: readonly ServiceTrail[], first: number): ServiceAuditEntry[] {
  const all = trails.flatMap(({ service, entries }) => entries.map((entry) => ({ ...entry, service })));
  all.sort((a, b) => b.at.getTime() - a.at.getTime());
  return all.slice(0, first);
}

export function combineVerifications(chains: readonly ServiceChainVerification[]): FederatedVerification {
  const broken = chains.find((chain) => !chain.ok);
  return {
    ok: broken === undefined,
    entriesChecked: chains.reduce((sum, chain) => sum + chain.entriesChecked, 0),
    firstBrokenAt: broken?.firstBrokenAt ?? null,
    chains: [...chains],
  };
}

/**
 * The trail and its verification over every service's chain: this service's own, read directly, and each configured
 * peer's, through its internal audit endpoints with the caller's token. A peer that does not answer fails the whole
 * operation (getFromPeer): an auditor is never shown a silently partial trail, nor an "ok" that skipped a chain.
 */
@Injectable()
export class FederatedAuditTrail {
  private readonly service: string;

  constructor(
    @Inject(AUDIT_OPTIONS) options: AuditOptions,
    private readonly reader: AuditTrailReader,
    private readonly peers: AuditPeersClient,
  ) {
    this.service = options.service ?? options.schema;
  }

  async find(request: PeerCallRequest, query: AuditTrailQuery): Promise<ServiceAuditEntry[]> {
    const [own, ...peers] = await Promise.all([
      this.reader.find(query).then((entries): ServiceTrail => ({ service: this.service, entries })),
      ...this.peers.trails(request, query),
    ]);
    return mergeTrails([own, ...peers], query.first);
  }

  async verify(request: PeerCallRequest): Promise<FederatedVerification> {
    const [own, ...peers] = await Promise.all([
      this.reader.verify().then((result): ServiceChainVerification => ({ service: this.service, ...result })),
      ...this.peers.verifications(request),
    ]);
    return combineVerifications([own, ...peers]);
  }
}
