import type { EntityManager } from 'typeorm';
import type { Principal } from '@nrm/auth';
import { AccessDecision, DataCategory, LegalBasis } from '@nrm/domain';
import { auditActor } from './access-audit';
import { AuditAction, type AuditEntryInput, SUBJECT_ACCESS_PURPOSE } from './audit-entry';
import { assertSchemaName } from './audit-trail.sql';

/**
 * The entry every service writes when it hands over its part of a subject access export: a disclosure of everything it
 * holds about the person to the person, on the legal mandate of their recorded request, which the entry names.
 */
export function subjectAccessDisclosureEntry(principal: Principal, personId: string, subjectAccessRequestId: string): AuditEntryInput {
  return {
    actor: auditActor(principal),
    correlationId: principal.correlationId,
    personId,
    categories: Object.values(DataCategory),
    action: AuditAction.SUBJECT_ACCESS_DISCLOSURE,
    basis: LegalBasis.LEGAL_MANDATE,
    decision: AccessDecision.ALLOWED,
    permissionId: subjectAccessRequestId,
    purpose: SUBJECT_ACCESS_PURPOSE,
  };
}

/**
 * The trail's columns in a subject access export: who (agency, role) did what, when, on which basis. The staff
 * member's account id and username, the correlation id and the hashes are left out (see the export's WITHHELD).
 */
const EXPORT_COLUMNS = `id, seq::text AS seq, at, actor_agency_id, actor_role, categories, action, basis, decision, reason, permission_id,
  grantee_agency_id, grantee_agency_type, purpose, flagged_for_review`;

/** A person's entries of one service's chain, oldest first, as JSON rows for the subject access export. */
export async function personAuditEntriesForExport(manager: EntityManager, schema: string, personId: string): Promise<Array<Record<string, unknown>>> {
  const rows: Array<{ row: Record<string, unknown> }> = await manager.query(
    `SELECT to_jsonb(t) AS row FROM (SELECT ${EXPORT_COLUMNS} FROM "${assertSchemaName(schema)}".audit_entry WHERE person_id = $1) t ORDER BY t.seq::bigint`,
    [personId],
  );
  return rows.map(({ row }) => row);
}
