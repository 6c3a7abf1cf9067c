import { Inject, Injectable } from '@nestjs/common';
import type { PeerCallRequest } from '@nrm/auth';
import { AuditPeersClient } from './audit-peers.client';
import { type AuditEntryRecord, type AuditKeyset, type AuditTrailQuery, AuditTrailReader } from './audit-trail.reader';
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

interface FederatedVerification {
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

/**
 * A position in the merged trail: the last entry of a page. The merged order is total — at DESC, then service name,
 * then seq DESC within one chain — so a page starts exactly after its cursor whatever was appended meanwhile (newer
 * entries come before every cursor already handed out).
 */
interface AuditCursor {
  at: Date;
  service: string;
  seq: string;
}

/** The merged order of auditEntries (see AuditCursor): negative when `a` comes first. */
export function compareMerged(a: AuditCursor, b: AuditCursor): number {
  const byTime = b.at.getTime() - a.at.getTime();
  if (byTime !== 0) return byTime;
  if (a.service !== b.service) return a.service < b.service ? -1 : 1;
  const [seqA, seqB] = [BigInt(a.seq), BigInt(b.seq)];
  return seqA === seqB ? 0 : seqA > seqB ? -1 : 1;
}

/**
 * Where one service's chain resumes after the cursor: a service ordered before the cursor's at the same instant has
 * already given its entries at that instant ("seq 0": none left there), one ordered after has given none of them.
 */
export function keysetAfter(cursor: AuditCursor, service: string): AuditKeyset {
  if (service === cursor.service) return { at: cursor.at, seq: cursor.seq };
  return { at: cursor.at, seq: service < cursor.service ? '0' : null };
}

/** Opaque to clients; decoded strictly (decodeAuditCursor), since a client may send anything. */
export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.service, cursor.seq])).toString('base64url');
}

/** The cursor, or null when the text is not one this service handed out (the caller answers BAD_USER_INPUT). */
export function decodeAuditCursor(value: string, services: readonly string[]): AuditCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [at, service, seq] = parsed as unknown[];
    if (typeof at !== 'string' || typeof service !== 'string' || typeof seq !== 'string') return null;
    const time = new Date(at);
    if (Number.isNaN(time.getTime()) || !services.includes(service) || !/^[0-9]{1,19}$/.test(seq)) return null;
    return { at: time, service, seq };
  } catch {
    return null;
  }
}

interface AuditPage {
  entries: ServiceAuditEntry[];
  hasNextPage: boolean;
}

/** The page of `first` entries after the cursor from trails that each hold their chain's next `first + 1`. */
export function mergePage(trails: readonly ServiceTrail[], first: number): AuditPage {
  const all = trails.flatMap(({ service, entries }) => entries.map((entry) => ({ ...entry, service })));
  all.sort(compareMerged);
  return { entries: all.slice(0, first), hasNextPage: all.length > first };
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
      ...this.peers.trails(request, () => query),
    ]);
    return mergeTrails([own, ...peers], query.first);
  }

  /** Every service whose chain the trail covers, this one first. */
  get services(): string[] {
    return [this.service, ...this.peers.services];
  }

  /**
   * One page of the merged trail, newest first, after `after` (AuditCursor). Each chain is asked for its next
   * `first + 1` entries after its own resume point (keysetAfter), which is enough for an exact page and to tell
   * whether another follows.
   */
  async page(request: PeerCallRequest, query: Omit<AuditTrailQuery, 'before'>, after: AuditCursor | null): Promise<AuditPage> {
    const ask = (service: string): AuditTrailQuery => ({ ...query, first: query.first + 1, before: after ? keysetAfter(after, service) : undefined });
    const [own, ...peers] = await Promise.all([
      this.reader.find(ask(this.service)).then((entries): ServiceTrail => ({ service: this.service, entries })),
      ...this.peers.trails(request, ask),
    ]);
    return mergePage([own, ...peers], query.first);
  }

  async verify(request: PeerCallRequest): Promise<FederatedVerification> {
    const [own, ...peers] = await Promise.all([
      this.reader.verify().then((result): ServiceChainVerification => ({ service: this.service, ...result })),
      ...this.peers.verifications(request),
    ]);
    return combineVerifications([own, ...peers]);
  }
}
