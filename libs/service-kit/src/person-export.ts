import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { personAuditEntriesForExport } from '@nrm/audit';
import { Role } from '@nrm/domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from './runtime';

/*
 * The subject access export across services: identification's `exportPersonData` assembles one document from its own
 * data and each other service's part, which that service serves at
 * `GET /internal/person-export/:personId?exportRequest=…` (an internal controller, never exposed by the gateway). A part
 * is released only against identification's single-use export request id, which the service claims back from
 * identification (`POST /internal/subject-access/exports/:exportRequest/parts`): an RA token alone never reads a part.
 */

/** The route of every service's part of the export. */
export const PERSON_EXPORT_ROUTE = 'internal/person-export';

/**
 * Who may make a subject access export: the head of the Responsible Authority, on the person's recorded request
 * (exportPersonData too). Officers are refused: the export shows what consent keeps from their ordinary reads.
 */
export const SUBJECT_ACCESS_ROLES: readonly Role[] = [Role.RA_HEAD];

/** identification's route where a service claims the release of its part: `POST …/:exportRequest/parts`. */
export const SUBJECT_ACCESS_EXPORTS_ROUTE = 'internal/subject-access/exports';

/** The query parameter of a part's route carrying identification's single-use export request id. */
export const EXPORT_REQUEST_PARAM = 'exportRequest';

/** What a service sends to claim its part of one export. */
export interface PersonExportPartClaim {
  service: string;
  personId: string;
}

/** identification's answer to a valid claim: the person's recorded request the part is disclosed under. */
export interface PersonExportPartRelease {
  /** The subject access request's id, which each service names in its own audit entry of the disclosure. */
  requestId: string;
  personId: string;
  /** The person's NRM reference: the only link some services (notifications) keep. */
  reference: string;
}

// The audit purpose of an export is the audit library's; re-exported for the services that release parts.
export { SUBJECT_ACCESS_PURPOSE } from '@nrm/audit';

/** What one service answers: everything it holds about the person, as JSON rows of its own tables. */
export interface PersonExportPart {
  service: string;
  personId: string;
  data: Record<string, unknown>;
}

/** An NRM reference (identification.service.ts): never personal data. */
export const NRM_REFERENCE = /^NRM-[0-9]{4}-[0-9]{6,12}$/;


interface ExportRowsQuery {
  /** A schema-qualified table or a parenthesised subquery: a constant of the calling service, never input. */
  table: string;
  /** Condition on the table aliased `t`, with `$1…` placeholders. */
  where: string;
  params: unknown[];
  /** ORDER BY on `t`, for a document that reads the same every time. */
  orderBy: string;
  /**
   * Columns left out: the staff members' account ids and usernames (the agency and role stay), which a person handing
   * the document on, or made to hand it over, must not expose; and technical hashes.
   */
  withheld?: readonly string[];
}

type Row = Record<string, unknown>;

/** Rows as PostgreSQL renders them as JSON itself (dates stay dates, no time-zone shift), minus the withheld columns. */
export async function exportRows(manager: EntityManager, query: ExportRowsQuery): Promise<Row[]> {
  const withheldParam = `$${query.params.length + 1}`;
  const found: Array<{ row: Row }> = await manager.query(
    `SELECT to_jsonb(t) - ${withheldParam}::text[] AS row FROM ${query.table} t WHERE ${query.where} ORDER BY ${query.orderBy}`,
    [...query.params, [...(query.withheld ?? [])]],
  );
  return found.map(({ row }) => row);
}

/**
 * The transaction a service's part of a subject access export is read and disclosed in, and the person's entries of
 * the service's own audit chain: the data access every exporting service needs, once.
 */
@Injectable()
export class PersonExportTransactions {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  auditTrail(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return personAuditEntriesForExport(manager, this.runtime.schema, personId);
  }
}
