import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditAction, auditActor, AuditWriter } from '@nrm/audit';
import type { Principal } from '@nrm/auth';
import { AccessDecision, DataCategory, LegalBasis } from '@nrm/domain';
import { lockPerson } from './person-rights.sql';
import type { PersonExportSource } from './person-rights.model';

export const SUBJECT_ACCESS_PURPOSE = 'SUBJECT_ACCESS_REQUEST';
export const EXPORT_FORMAT_VERSION = 1;

/**
 * What other services hold about a person and why their part is not in this document yet. The identification service
 * cannot read their schemas (one schema per service); each part is added when that service exposes an export.
 */
export const OTHER_SOURCES: readonly PersonExportSource[] = [
  {
    service: 'referral',
    included: false,
    note: 'Referrals of the person (provider, status, dates, decline reason) and routing facts. Added when the referral service exposes an export endpoint.',
  },
  {
    service: 'shelters',
    included: false,
    note: 'Shelter cases (provider, status, phase, dates) and the case records kept there. Added when the shelters service exposes an export endpoint.',
  },
  {
    service: 'formal-identification',
    included: false,
    note: 'Formal identification requests and outcomes. Added when the formal-identification service exposes an export endpoint.',
  },
  {
    service: 'notifications',
    included: false,
    note: 'Staff notifications that name the person by id and reference only. Added when the notifications service exposes an export endpoint.',
  },
];

/**
 * Columns left out of the document: the individual staff members' account ids and usernames (the agency and role
 * stay), which a person handing the document on, or made to hand it over, must not expose; and technical hashes.
 */
const WITHHELD: Readonly<Record<string, readonly string[]>> = {
  initial_identification: ['submitted_by', 'input_hash'],
  consent_grant: ['recorded_by', 'withdrawn_by'],
  legal_basis_override: ['granted_by'],
  legal_hold: ['set_by', 'released_by'],
  person_erasure: ['erased_by'],
};

/** The audit trail's columns in the document: who (agency, role) did what, when, on which basis. */
const AUDIT_COLUMNS = `id, seq::text AS seq, at, actor_agency_id, actor_role, categories, action, basis, decision, reason, permission_id, purpose,
  flagged_for_review`;

export interface AssembledExport {
  personId: string;
  reference: string;
  generatedAt: Date;
  sources: PersonExportSource[];
  document: Record<string, unknown>;
  auditEntryId: string;
}

type Row = Record<string, unknown>;

/**
 * The subject access export: everything this service holds about the person, as one JSON document, with the export
 * itself audited in the same transaction (the entry commits only with the answer; it is appended last).
 */
@Injectable()
export class PersonExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  export(personId: string, principal: Principal): Promise<AssembledExport> {
    return this.dataSource.transaction(async (manager) => {
      // FOR SHARE: an erasure (FOR UPDATE) waits for the export, so the document never shows half an erasure.
      const person = await lockPerson(manager, personId, 'SHARE');
      const generatedAt = new Date();
      const sources: PersonExportSource[] = [{ service: 'identification', included: true, note: null }, ...OTHER_SOURCES];
      const document = {
        formatVersion: EXPORT_FORMAT_VERSION,
        personId: person.id,
        reference: person.reference,
        generatedAt: generatedAt.toISOString(),
        sources,
        identification: await this.identificationPart(manager, person.id),
      };
      const [entry] = await this.audit.append(manager, {
        actor: auditActor(principal),
        personId: person.id,
        categories: Object.values(DataCategory),
        action: AuditAction.EXPORT,
        basis: LegalBasis.LEGAL_MANDATE,
        decision: AccessDecision.ALLOWED,
        purpose: SUBJECT_ACCESS_PURPOSE,
      });
      if (!entry) throw new Error('export audit entry was not written');
      return { personId: person.id, reference: person.reference, generatedAt, sources, document, auditEntryId: entry.id };
    });
  }

  private async identificationPart(manager: EntityManager, personId: string): Promise<Record<string, unknown>> {
    // PostgreSQL renders each row as JSON itself: dates stay dates (no time-zone shift), every column is included.
    const rows = async (table: string, order: string, key = 'person_id'): Promise<Row[]> => {
      const found: Array<{ row: Row }> = await manager.query(
        `SELECT to_jsonb(t) - $2::text[] AS row FROM identification.${table} t WHERE t.${key} = $1 ORDER BY ${order}`,
        [personId, WITHHELD[table] ?? []],
      );
      return found.map(({ row }) => row);
    };
    const [person] = await rows('person', 't.id', 'id');
    const [erasure] = await rows('person_erasure', 't.person_id');
    return {
      person,
      erasure: erasure ?? null,
      initialIdentifications: await rows('initial_identification', 't.submitted_at, t.id'),
      consentGrants: await rows('consent_grant', 't.recorded_at, t.id'),
      legalBasisOverrides: await rows('legal_basis_override', 't.granted_at, t.id'),
      relationships: await rows('person_relationship', 't.created_at, t.agency_id, t.relationship, t.source_id'),
      legalHolds: await rows('legal_hold', 't.set_at, t.id'),
      auditTrail: (
        await manager.query<Array<{ row: Row }>>(
          `SELECT to_jsonb(t) AS row FROM (SELECT ${AUDIT_COLUMNS} FROM identification.audit_entry WHERE person_id = $1) t ORDER BY t.seq::bigint`,
          [personId],
        )
      ).map(({ row }) => row),
    };
  }
}
