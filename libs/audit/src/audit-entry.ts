import { randomUUID } from 'node:crypto';
import { AccessDecision, AgencyType, DataCategory, LegalBasis } from '@nrm/domain';
import { isUuid } from '@nrm/graphql';
import { sanitizeCorrelationId } from '@nrm/logging';

/** What was done. Reads and denied attempts come from the access policy; the rest from the use case that did it. */
export enum AuditAction {
  READ = 'READ',
  WRITE = 'WRITE',
  CONSENT_GRANTED = 'CONSENT_GRANTED',
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
  OVERRIDE_GRANTED = 'OVERRIDE_GRANTED',
  OVERRIDE_REVIEWED = 'OVERRIDE_REVIEWED',
  CONSENT_REVIEWED = 'CONSENT_REVIEWED',
  EXPORT = 'EXPORT',
  /** A subject access export handed to the person on their recorded request (the entry names the request). */
  SUBJECT_ACCESS_DISCLOSURE = 'SUBJECT_ACCESS_DISCLOSURE',
  ERASURE = 'ERASURE',
  /** Someone read a person's audit trail: oversight is itself overseen. */
  AUDIT_READ = 'AUDIT_READ',
  AUDIT_VERIFY = 'AUDIT_VERIFY',
}

/** Who acted, from the verified token only (never from a client's claim). */
/** The audit purpose of a subject access export: each service's disclosure of its part is recorded under it. */
export const SUBJECT_ACCESS_PURPOSE = 'SUBJECT_ACCESS_REQUEST';

export interface AuditActor {
  /** Keycloak user id (`sub`). */
  subject: string;
  username: string;
  agencyId: string;
  role: string;
}

/** One entry as a use case describes it; `sealAuditEntry` validates it and fixes its id and time. */
export interface AuditEntryInput {
  actor: AuditActor;
  /** Null for events about no one person (e.g. verifying the chain). */
  personId: string | null;
  categories: readonly DataCategory[];
  action: AuditAction;
  basis: LegalBasis | null;
  decision: AccessDecision;
  /** A code (FORBIDDEN, CONSENT_REQUIRED, …), never free text: the trail holds no personal data. */
  reason?: string | null;
  /** The consent grant or override that opened the data. */
  permissionId?: string | null;
  /**
   * The agency a ledger change opened (or closed) the data to: a directory code, never the grant's free text. Named in
   * the entry itself because the trail outlives the ledger rows it points at (permissionId).
   */
  granteeAgencyId?: string | null;
  /**
   * The agency type a ledger change opened (or closed) the data to when the grant names every agency of a type instead
   * of one agency (an AgencyType code). Named in the entry for the same reason as granteeAgencyId.
   */
  granteeAgencyType?: AgencyType | null;
  /** A purpose code (ConsentPurpose or the use case's own, e.g. SUBJECT_ACCESS_REQUEST). */
  purpose?: string | null;
  /** Forced true for every override grant and every use of an override. */
  flaggedForReview?: boolean;
  /** The request's (principal.correlationId) or the event's correlation id; null when there is none. */
  correlationId: string | null;
  at?: Date;
}

/**
 * The sealed content of an entry: exactly what is hashed, with the column names of `audit_entry` as keys. `seq`,
 * `prev_hash` and `hash` are added by the database at append time (see audit-trail.sql.ts).
 */
export interface AuditPayload {
  action: string;
  actor_agency_id: string;
  actor_role: string;
  actor_subject: string;
  actor_username: string;
  /** ISO 8601 UTC with microseconds, as PostgreSQL renders the stored timestamptz back (see verify-chain.ts). */
  at: string;
  basis: string | null;
  categories: string[];
  correlation_id: string | null;
  decision: string;
  flagged_for_review: boolean;
  /** Hashed only when set (see canonicalAuditPayload): entries written before the column existed keep their hash. */
  grantee_agency_id: string | null;
  /** Hashed only when set, like grantee_agency_id. */
  grantee_agency_type: string | null;
  id: string;
  permission_id: string | null;
  person_id: string | null;
  purpose: string | null;
  reason: string | null;
}

/** Key order of the canonical JSON: fixed here, not left to object insertion order. */
export const AUDIT_PAYLOAD_KEYS: readonly (keyof AuditPayload)[] = [
  'action',
  'actor_agency_id',
  'actor_role',
  'actor_subject',
  'actor_username',
  'at',
  'basis',
  'categories',
  'correlation_id',
  'decision',
  'flagged_for_review',
  'grantee_agency_id',
  'grantee_agency_type',
  'id',
  'permission_id',
  'person_id',
  'purpose',
  'reason',
];

/**
 * Keys written to the canonical JSON only when their value is not null. They were added after entries had been
 * written: leaving a null one out keeps the exact text, and so the hash, of every entry written before.
 */
const AUDIT_PAYLOAD_OPTIONAL_KEYS: ReadonlySet<keyof AuditPayload> = new Set<keyof AuditPayload>([
  'grantee_agency_id',
  'grantee_agency_type',
]);

/** A malformed entry is a programming error; its message names the field, never the value. */
export class AuditEntryError extends Error {
  constructor(field: string) {
    super(`invalid audit entry: ${field}`);
    this.name = 'AuditEntryError';
  }
}

const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const ROLE = /^[a-z][a-z_]{0,63}$/;
const AGENCY = /^[a-z0-9][a-z0-9-]{0,63}$/;
// Looser than AGENCY only by a leading hyphen: every grantee the consent ledger's own check has ever accepted.
const GRANTEE = /^[a-z0-9-]{1,64}$/;
// Printable, no control characters: usernames and subjects end up in reports and CSV exports.
const PRINTABLE = /^[^\p{Cc}]{1,255}$/u;
const CATEGORY_ORDER: readonly DataCategory[] = Object.values(DataCategory);
const ACTIONS: ReadonlySet<string> = new Set(Object.values(AuditAction));
const BASES: ReadonlySet<string> = new Set(Object.values(LegalBasis));
const DECISIONS: ReadonlySet<string> = new Set(Object.values(AccessDecision));
const AGENCY_TYPES: ReadonlySet<string> = new Set(Object.values(AgencyType));

function check(condition: boolean, field: string): void {
  if (!condition) throw new AuditEntryError(field);
}

function uuidOrNull(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  check(isUuid(value), field);
  // PostgreSQL prints uuids in lower case; the hashed text must match what verification reads back.
  return value.toLowerCase();
}

/** A grantee as the consent ledger holds it (`police-tirana`): a code of lower-case letters, digits and hyphens. */
export function isGranteeAgencyId(value: string): boolean {
  return GRANTEE.test(value);
}

function granteeOrNull(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  check(isGranteeAgencyId(value), field);
  return value;
}

/** An agency type code (`SHELTER_STATE`), as a grant to every agency of a type names it. */
export function isGranteeAgencyType(value: string): value is AgencyType {
  return AGENCY_TYPES.has(value);
}

function agencyTypeOrNull(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  check(isGranteeAgencyType(value), field);
  return value;
}

function codeOrNull(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  check(CODE.test(value), field);
  return value;
}

/** `2026-11-29T12:00:00.123000Z`: a JS Date has milliseconds; PostgreSQL stores and prints microseconds. */
export function auditTimestamp(at: Date): string {
  check(!Number.isNaN(at.getTime()), 'at');
  return at.toISOString().replace(/Z$/, '000Z');
}

/** Validates and normalises an entry into the payload that is hashed and stored. */
export function sealAuditEntry(input: AuditEntryInput, id: string = randomUUID()): AuditPayload {
  const { actor } = input;
  check(PRINTABLE.test(actor.subject), 'actor.subject');
  check(PRINTABLE.test(actor.username), 'actor.username');
  check(AGENCY.test(actor.agencyId), 'actor.agencyId');
  check(ROLE.test(actor.role), 'actor.role');
  check(ACTIONS.has(input.action), 'action');
  check(input.basis === null || BASES.has(input.basis), 'basis');
  check(DECISIONS.has(input.decision), 'decision');
  check(input.categories.every((category) => CATEGORY_ORDER.includes(category)), 'categories');
  const flagged = input.flaggedForReview === true || input.basis === LegalBasis.OVERRIDE || input.action === AuditAction.OVERRIDE_GRANTED;
  return {
    action: input.action,
    actor_agency_id: actor.agencyId,
    actor_role: actor.role,
    actor_subject: actor.subject,
    actor_username: actor.username,
    at: auditTimestamp(input.at ?? new Date()),
    basis: input.basis,
    // One order for the same set, so equal entries hash equally and read the same.
    categories: CATEGORY_ORDER.filter((category) => input.categories.includes(category)),
    correlation_id: sanitizeCorrelationId(input.correlationId ?? undefined) ?? null,
    decision: input.decision,
    flagged_for_review: flagged,
    grantee_agency_id: granteeOrNull(input.granteeAgencyId, 'granteeAgencyId'),
    grantee_agency_type: agencyTypeOrNull(input.granteeAgencyType, 'granteeAgencyType'),
    id: uuidOrNull(id, 'id') as string,
    permission_id: uuidOrNull(input.permissionId, 'permissionId'),
    person_id: uuidOrNull(input.personId, 'personId'),
    purpose: codeOrNull(input.purpose, 'purpose'),
    reason: codeOrNull(input.reason, 'reason'),
  };
}

/**
 * Canonical JSON of a payload: fixed key order, no whitespace, JSON.stringify escaping, an optional key only when set
 * (AUDIT_PAYLOAD_OPTIONAL_KEYS). The database stores the fields parsed from this very text, and verification rebuilds
 * it from the stored columns the same way.
 */
export function canonicalAuditPayload(payload: AuditPayload): string {
  const parts = AUDIT_PAYLOAD_KEYS.filter((key) => !(AUDIT_PAYLOAD_OPTIONAL_KEYS.has(key) && (payload[key] ?? null) === null)).map(
    (key) => `${JSON.stringify(key)}:${JSON.stringify(payload[key])}`,
  );
  return `{${parts.join(',')}}`;
}
