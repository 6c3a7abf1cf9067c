import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { InternalPeer } from '@nrm/service-kit';
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
}

/**
 * Appends entries to the service's hash-chained audit trail through `append_audit_entries`, one statement per call
 * whatever the number of entries.
 */
@Injectable()
export class AuditWriter {
  private readonly appendSql: string;

  constructor(
    @Inject(AUDIT_OPTIONS) options: AuditOptions,
    private readonly dataSource: DataSource,
  ) {
    this.appendSql = `SELECT "${assertSchemaName(options.schema)}".append_audit_entries($1::text[])`;
  }

  /**
   * In the caller's transaction, for writes: the entry commits or rolls back with the change it records. The chain's
   * lock is held from here until that transaction ends, so make this the transaction's last statement.
   */
  async append(manager: EntityManager, entries: AuditEntryInput | readonly AuditEntryInput[]): Promise<AuditPayload[]> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('AuditWriter.append must run inside a transaction');
    return this.write(manager, isEntryList(entries) ? entries : [entries]);
  }

  /** In its own short transaction (the statement's), for reads and denied attempts: returns once committed. */
  appendNow(entries: readonly AuditEntryInput[]): Promise<AuditPayload[]> {
    return this.write(this.dataSource.manager, entries);
  }

  private async write(manager: EntityManager, entries: readonly AuditEntryInput[]): Promise<AuditPayload[]> {
    if (entries.length === 0) return [];
    const sealed = entries.map((entry) => sealAuditEntry(entry));
    await manager.query(this.appendSql, [sealed.map(canonicalAuditPayload)]);
    return sealed;
  }
}

function isEntryList(entries: AuditEntryInput | readonly AuditEntryInput[]): entries is readonly AuditEntryInput[] {
  return Array.isArray(entries);
}
