import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type PreparedStatement, queryPrepared } from '@nrm/database';
import type { InternalPeer } from '@nrm/auth';
import { type AuditEntryInput, type AuditPayload, canonicalAuditPayload, sealAuditEntry } from './audit-entry';
import { assertSchemaName } from './audit-trail.sql';

export const AUDIT_OPTIONS = Symbol('AUDIT_OPTIONS');

export interface AuditOptions {
  /** The schema whose `audit_entry` chain this service appends to: its own. */
  schema: string;
  /** The service's name as the federated trail labels its entries; defaults to the schema. */
  service?: string;
  /**
   * Other services whose chains this service's federated trail and verification cover (FederatedAuditTrail); each
   * serves the internal audit endpoints (AuditTrailController) by importing this module. Empty for all but the one
   * service that answers `auditTrail` and `verifyAuditTrail`.
   */
  peers?: readonly InternalPeer[];
  /** How long a peer's answer is awaited before the whole operation fails. */
  peerTimeoutMs?: number;
  /**
   * SQL over the service's own tables, `$1` a person id (uuid), returning a row when the service holds data about that
   * person: a denied attempt about such a person names it; one about any other id is written without a person
   * (DenialAuditor). Without it, every denial the filter records is about no known person.
   */
  knownPersonsQuery?: string;
  /** The per-actor limit on denials about unknown persons (defaults in denial-auditor.ts). */
  unknownPersonDenials?: { perWindow?: number; windowMs?: number; maxActors?: number };
}

interface PendingAppend {
  sealed: AuditPayload[];
  resolve: (sealed: AuditPayload[]) => void;
  reject: (error: unknown) => void;
}

/** The most entries one group append writes; more wait for the next. */
const GROUP_APPEND_MAX_ENTRIES = 500;

/**
 * Appends entries to the service's hash-chained audit trail through `append_audit_entries`, one statement per call
 * whatever the number of entries.
 */
@Injectable()
export class AuditWriter {
  /** Prepared once per connection (queryPrepared): every audited read and write calls it. */
  private readonly appendStatement: PreparedStatement;
  /** Reads' entries waiting for the group append in flight to finish (see appendNow). */
  private queue: PendingAppend[] = [];
  private flushing = false;

  constructor(
    @Inject(AUDIT_OPTIONS) options: AuditOptions,
    private readonly dataSource: DataSource,
  ) {
    const schema = assertSchemaName(options.schema);
    this.appendStatement = { name: `${schema}_append_audit_entries`, text: `SELECT "${schema}".append_audit_entries($1::text[])` };
  }

  /**
   * In the caller's transaction, for writes: the entry commits or rolls back with the change it records. The chain's
   * lock is held from here until that transaction ends, so make this the transaction's last statement.
   */
  async append(manager: EntityManager, entries: AuditEntryInput | readonly AuditEntryInput[]): Promise<AuditPayload[]> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('AuditWriter.append must run inside a transaction');
    return this.write(manager, isEntryList(entries) ? entries : [entries]);
  }

  /**
   * In its own short transaction (the statement's), for reads and denied attempts: resolves once committed, rejects if
   * the entries were not written. Group append: while one append is in flight, the entries of other requests queue
   * and the next append writes them all in one statement and one commit, so concurrent readers share the chain's lock
   * and the commit's flush instead of waiting for each other's. A lone request is written at once, with no delay.
   */
  appendNow(entries: readonly AuditEntryInput[]): Promise<AuditPayload[]> {
    if (entries.length === 0) return Promise.resolve([]);
    // Sealed (validated) per request, so one request's bad entry never fails another's append.
    const sealed = entries.map((entry) => sealAuditEntry(entry));
    return new Promise<AuditPayload[]>((resolve, reject) => {
      this.queue.push({ sealed, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const group: PendingAppend[] = [];
        let size = 0;
        while (this.queue.length > 0 && (group.length === 0 || size + this.queue[0]!.sealed.length <= GROUP_APPEND_MAX_ENTRIES)) {
          const next = this.queue.shift()!;
          group.push(next);
          size += next.sealed.length;
        }
        try {
          await queryPrepared(this.dataSource, this.appendStatement, [group.flatMap(({ sealed }) => sealed.map(canonicalAuditPayload))]);
          for (const pending of group) pending.resolve(pending.sealed);
        } catch (error) {
          for (const pending of group) pending.reject(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private async write(manager: EntityManager, entries: readonly AuditEntryInput[]): Promise<AuditPayload[]> {
    if (entries.length === 0) return [];
    const sealed = entries.map((entry) => sealAuditEntry(entry));
    await queryPrepared(manager, this.appendStatement, [sealed.map(canonicalAuditPayload)]);
    return sealed;
  }
}

function isEntryList(entries: AuditEntryInput | readonly AuditEntryInput[]): entries is readonly AuditEntryInput[] {
  return Array.isArray(entries);
}
