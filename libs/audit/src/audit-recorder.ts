import { Injectable } from '@nestjs/common';
import { AccessDecision } from '@nrm/domain';
import type { AuditEntryInput } from './audit-entry';
import { AuditWriter } from './audit-writer';

interface PendingEntry {
  entry: AuditEntryInput;
  categories: Set<AuditEntryInput['categories'][number]>;
}

interface RequestBatch {
  state: 'open' | 'closed';
  entries: Map<string, PendingEntry>;
}

/**
 * Collects the access decisions of one request and writes them as one entry per (person, action, decision, basis,
 * permission, reason) with the union of the categories, in one statement, before the response leaves.
 *
 * Why a batch instead of one write per field: a person read resolves up to nine category fields, each through the
 * policy; nine chained appends would serialise on the chain lock and cost nine round trips. Why it is still
 * never skipped: the batch exists only for a request the flush plugin has opened (`open`), and the plugin awaits
 * `flush` in Apollo's `willSendResponse`, before a byte of the response is written; if that write fails, the plugin
 * replaces the response with an error. Anything recorded outside such a request (a job, a REST handler, a deferred
 * field after the flush) is written at once, and `record` returns only after it is committed.
 */
@Injectable()
export class AuditRecorder {
  private readonly batches = new WeakMap<object, RequestBatch>();

  constructor(private readonly writer: AuditWriter) {}

  /** Called by the flush plugin when a GraphQL request starts. */
  open(requestKey: object): void {
    if (!this.batches.has(requestKey)) this.batches.set(requestKey, { state: 'open', entries: new Map() });
  }

  /** Records one entry; await it: it resolves at once inside an open request, after the write otherwise. */
  async record(requestKey: object, entry: AuditEntryInput): Promise<void> {
    const batch = this.batches.get(requestKey);
    if (batch?.state !== 'open') {
      await this.writer.appendNow([entry]);
      return;
    }
    const key = groupKey(entry);
    const pending = batch.entries.get(key);
    if (pending) {
      for (const category of entry.categories) pending.categories.add(category);
      pending.entry = { ...pending.entry, flaggedForReview: pending.entry.flaggedForReview === true || entry.flaggedForReview === true };
    } else {
      // The time of the first access stands for the group.
      batch.entries.set(key, { entry: { ...entry, at: entry.at ?? new Date() }, categories: new Set(entry.categories) });
    }
  }

  /** Whether the open request has already recorded a denied attempt about this person (null: about no person). */
  hasDenial(requestKey: object, personId: string | null): boolean {
    const batch = this.batches.get(requestKey);
    if (batch?.state !== 'open') return false;
    return [...batch.entries.values()].some(({ entry }) => entry.decision === AccessDecision.DENIED && entry.personId === personId);
  }

  /** Writes what the request recorded, in one statement; later records of the request are written at once. */
  async flush(requestKey: object): Promise<number> {
    const batch = this.batches.get(requestKey);
    if (!batch || batch.state !== 'open') return 0;
    batch.state = 'closed';
    const entries = [...batch.entries.values()].map(({ entry, categories }) => ({ ...entry, categories: [...categories] }));
    batch.entries.clear();
    if (entries.length > 0) await this.writer.appendNow(entries);
    return entries.length;
  }
}

function groupKey(entry: AuditEntryInput): string {
  return JSON.stringify([
    entry.actor.subject,
    entry.actor.agencyId,
    entry.actor.role,
    entry.personId,
    entry.action,
    entry.decision,
    entry.basis,
    entry.permissionId ?? null,
    entry.reason ?? null,
    entry.purpose ?? null,
  ]);
}
