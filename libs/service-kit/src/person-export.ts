import type { EntityManager } from 'typeorm';
import { Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';

/*
 * The subject access export across services (issue 3, DOMAIN.md §3): identification's `exportPersonData` assembles one
 * document from its own data and each other service's part, which that service serves at
 * `GET /internal/person-export/:personId` (an internal controller, never exposed by the gateway).
 */

/** The route of every service's part of the export. */
export const PERSON_EXPORT_ROUTE = 'internal/person-export';

/** Who may ask for a subject access export: the Responsible Authority hands it to the person (exportPersonData too). */
export const SUBJECT_ACCESS_ROLES: readonly Role[] = [Role.RA_OFFICER, Role.RA_HEAD];

/** The audit purpose of an export. */
export const SUBJECT_ACCESS_PURPOSE = 'SUBJECT_ACCESS_REQUEST';

/** What one service answers: everything it holds about the person, as JSON rows of its own tables. */
export interface PersonExportPart {
  service: string;
  personId: string;
  data: Record<string, unknown>;
}

/** An NRM reference (identification.service.ts): never personal data. */
export const NRM_REFERENCE = /^NRM-[0-9]{4}-[0-9]{6,12}$/;

/** The `:personId` of an internal route: a uuid in lower case, or BAD_USER_INPUT naming `personId`. */
export function personIdParam(value: string): string {
  return assertUuid(value, 'personId').toLowerCase();
}

export interface ExportRowsQuery {
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
