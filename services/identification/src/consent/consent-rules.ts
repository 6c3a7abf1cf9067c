import { categoriesPermissionCannotOpen, PURPOSE_GRANTEE_TYPES, purposeFitsGrantee, Relationship } from '@nrm/access-policy';
import { type AgencyType, ConsentGiver, ConsentPurpose, type DataCategory, LegalBasis, Role } from '@nrm/domain';
import { assertNever } from '@nrm/graphql';
import { ConsentException, ConsentExceptionCode } from './consent.exception';

/** Agency ids as the identity provider issues them (`agency_id` claim). */
export const AGENCY_ID_PATTERN = /^[a-z0-9-]{2,64}$/;
/** The reference of the signed consent form (the evidence), e.g. CF-2026-0042: a reference, never the form's content. */
export const EVIDENCE_REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{1,63}$/;
/** A written reason counts only its letters: punctuation, digits and invisible characters are not a reason. */
const WRITTEN_REASON_MIN_LETTERS = 10;
export const WRITTEN_REASON_MAX_LENGTH = 4000;
const WITHDRAWAL_REASON_MAX_LENGTH = 2000;

/** Staff whose agency can hold a relationship to a person: they record, withdraw and list consent. */
export const CONSENT_RECORDER_ROLES: readonly Role[] = [
  Role.FIRST_RESPONDER,
  Role.RA_OFFICER,
  Role.RA_HEAD,
  Role.CHILD_PROTECTION_WORKER,
  Role.CASE_MANAGER,
  Role.FORMAL_ID_POLICE,
  Role.FORMAL_ID_SOCIAL,
];

/** The staff who review flagged consent grants: the Responsible Authority. */
export const CONSENT_REVIEWER_ROLES: readonly Role[] = [Role.RA_OFFICER, Role.RA_HEAD];

/**
 * Relationships that see every grant of a person (the RA; the child protection unit, for a child). Everyone else sees
 * the grants naming its own agency and the grants its agency recorded: which agencies hold consent reveals where the
 * person is placed, so the identifying police do not see a shelter named as grantee.
 */
const LEDGER_WIDE_RELATIONSHIPS: readonly Relationship[] = [Relationship.RA_MANDATE, Relationship.CHILD_PROTECTION_MANDATE];

/** Relationships that may withdraw any grant of the person on the person's behalf, besides the agency that recorded it. */
const WITHDRAWING_RELATIONSHIPS: readonly Relationship[] = [Relationship.RA_MANDATE, Relationship.CHILD_PROTECTION_MANDATE];

interface ConsentRecorderRule {
  /** Staff of an agency holding this relationship to the person… */
  relationship: Relationship;
  /** …in one of these roles… */
  roles: readonly Role[];
  /** …record consent given for these purposes. */
  purposes: readonly ConsentPurpose[];
}

const ALL_PURPOSES: readonly ConsentPurpose[] = Object.values(ConsentPurpose);

/**
 * Who records consent: an agency that is with the person for that purpose, never the agency the grant opens data to
 * (assertMayRecord). The RA for every purpose; the child protection unit for a child (its relationship exists only for
 * a child), for every purpose; the shelter holding the case (accepted referral or open case) for the purposes of the
 * care it gives and the cooperation it supports. A parent or guardian's consent is recorded by one of these. The
 * identifying agency and the formal identification group record none: their work with the person is over, or they
 * would be its recipient.
 */
export const CONSENT_RECORDERS: readonly ConsentRecorderRule[] = [
  { relationship: Relationship.RA_MANDATE, roles: [Role.RA_OFFICER, Role.RA_HEAD], purposes: ALL_PURPOSES },
  { relationship: Relationship.CHILD_PROTECTION_MANDATE, roles: [Role.CHILD_PROTECTION_WORKER], purposes: ALL_PURPOSES },
  ...[Relationship.ACCEPTED_REFERRAL, Relationship.OPEN_CASE].map((relationship) => ({
    relationship,
    roles: [Role.CASE_MANAGER],
    purposes: [
      ConsentPurpose.REFERRAL_ASSISTANCE,
      ConsentPurpose.HEALTH_CARE,
      ConsentPurpose.LAW_ENFORCEMENT_COOPERATION,
      ConsentPurpose.FORMAL_IDENTIFICATION,
    ],
  })),
];

/** Purposes whose grants wait for the Responsible Authority's review once recorded. */
export const PURPOSES_FLAGGED_FOR_REVIEW: readonly ConsentPurpose[] = [ConsentPurpose.LAW_ENFORCEMENT_COOPERATION];

/** Only staff of an agency already linked to the person may touch the person's consent ledger. */
// A denial says what was refused, never about whom: the reference stays out of the message.
export function assertRelationship(relationships: readonly Relationship[], _reference: string): void {
  if (relationships.length === 0) {
    throw new ConsentException(ConsentExceptionCode.NO_RELATIONSHIP, 'No relationship to this person');
  }
}

/** Who a grant opens data to: one agency of the directory, or every agency of one type. */
type ConsentGrantee = { agencyId: string; agencyType: null } | { agencyId: null; agencyType: AgencyType };

/** Exactly one of `granteeAgencyId` and `granteeAgencyType`; neither or both is the caller's mistake, naming both. */
export function consentGrantee(input: { granteeAgencyId?: string | null; granteeAgencyType?: AgencyType | null }): ConsentGrantee {
  const agencyId = input.granteeAgencyId ?? null;
  const agencyType = input.granteeAgencyType ?? null;
  if (agencyId !== null && agencyType === null) return { agencyId, agencyType: null };
  if (agencyId === null && agencyType !== null) return { agencyId: null, agencyType };
  throw new ConsentException(ConsentExceptionCode.GRANTEE_NOT_ONE, 'Name exactly one of granteeAgencyId and granteeAgencyType', [
    'input.granteeAgencyId',
    'input.granteeAgencyType',
  ]);
}

/**
 * The caller may record this grant: it does not open data to the caller's own agency (a grant to the caller's own
 * agency type is refused, not narrowed: it would name the recorder among its grantees), and the caller's agency holds a
 * relationship that CONSENT_RECORDERS lets its role record the purpose for.
 */
export function assertMayRecord(
  caller: { agencyId: string; agencyType?: AgencyType; roles: readonly Role[] },
  relationships: readonly Relationship[],
  grant: { granteeAgencyId?: string | null; granteeAgencyType?: AgencyType | null; purpose: ConsentPurpose },
): void {
  if (grant.granteeAgencyId === caller.agencyId) {
    throw new ConsentException(ConsentExceptionCode.GRANT_TO_OWN_AGENCY, 'An agency does not record consent that opens data to itself');
  }
  if (grant.granteeAgencyType && grant.granteeAgencyType === caller.agencyType) {
    throw new ConsentException(ConsentExceptionCode.GRANT_TO_OWN_AGENCY, 'An agency does not record consent that opens data to its own agency type');
  }
  const allowed = CONSENT_RECORDERS.some(
    (rule) => relationships.includes(rule.relationship) && rule.purposes.includes(grant.purpose) && caller.roles.some((role) => rule.roles.includes(role)),
  );
  if (!allowed) throw new ConsentException(ConsentExceptionCode.NOT_A_CONSENT_RECORDER, 'Not allowed to record consent for this person and purpose');
}

/** The grant's recording agency, the RA and (for a child) the child protection unit withdraw it on the person's behalf. */
export function assertMayWithdraw(callerAgencyId: string, relationships: readonly Relationship[], grant: { recordedByAgencyId: string }): void {
  if (grant.recordedByAgencyId === callerAgencyId) return;
  if (relationships.some((relationship) => WITHDRAWING_RELATIONSHIPS.includes(relationship))) return;
  throw notAllowedToWithdraw();
}

/** Also the answer for a grant id that names no grant, to a caller who would not be allowed to withdraw every grant. */
export function notAllowedToWithdraw(): ConsentException {
  return new ConsentException(ConsentExceptionCode.NOT_ALLOWED_TO_WITHDRAW, 'Not allowed to withdraw this consent grant');
}

/**
 * The grantee's agency must exist (null: not in the directory), be of a type the grant's purpose may go to
 * (PURPOSE_GRANTEE_TYPES), and be one the grant's purpose, or an override, can open every named category to.
 */
export function assertGranteeCanReceive(
  agencyType: AgencyType | null,
  basis: { kind: LegalBasis.CONSENT; purpose: ConsentPurpose } | { kind: LegalBasis.OVERRIDE },
  categories: readonly DataCategory[],
): void {
  if (agencyType === null) {
    throw new ConsentException(ConsentExceptionCode.UNKNOWN_GRANTEE_AGENCY, 'granteeAgencyId is not a known agency', ['input.granteeAgencyId']);
  }
  if (basis.kind === LegalBasis.CONSENT && !purposeFitsGrantee(basis.purpose, agencyType)) {
    throw new ConsentException(
      ConsentExceptionCode.PURPOSE_NOT_FOR_GRANTEE,
      `A grant for ${basis.purpose} goes only to agencies of type ${PURPOSE_GRANTEE_TYPES[basis.purpose].join(', ')}, not to one of type ${agencyType}`,
      ['input.purpose'],
    );
  }
  const closed = categoriesPermissionCannotOpen(basis, agencyType, categories);
  if (closed.length > 0) {
    throw new ConsentException(
      ConsentExceptionCode.CATEGORY_CLOSED_TO_GRANTEE,
      `${basis.kind === LegalBasis.OVERRIDE ? 'An override' : 'A grant for this purpose'} cannot open ${closed.join(', ')} to a ${agencyType} agency`,
      ['input.categories'],
    );
  }
}

/**
 * Free text that must say something: NFC, format and control characters (zero-width spaces, direction marks) removed,
 * whitespace collapsed, and at least WRITTEN_REASON_MIN_LETTERS letters left. Returns the normalised text, which is
 * what is stored.
 */
export function writtenReason(text: string, field: string): string {
  const normalised = text
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const letters = normalised.match(/\p{L}/gu)?.length ?? 0;
  if (letters < WRITTEN_REASON_MIN_LETTERS || normalised.length > WRITTEN_REASON_MAX_LENGTH) {
    throw new ConsentException(
      ConsentExceptionCode.REASON_NOT_WRITTEN,
      `${field} must be written text of at least ${WRITTEN_REASON_MIN_LETTERS} letters and at most ${WRITTEN_REASON_MAX_LENGTH} characters`,
      [field],
    );
  }
  return normalised;
}

/** Whether the caller sees the whole ledger of the person (which other agencies hold consent reveals placement). */
export function seesWholeLedger(relationships: readonly Relationship[]): boolean {
  return relationships.some((relationship) => LEDGER_WIDE_RELATIONSHIPS.includes(relationship));
}

/**
 * Who may give consent (docs/domain.md §3): the person; for a child a parent or guardian, or the child protection
 * worker in the child's best interest (recorded only by a child protection worker). An adult under guardianship may
 * consent through the guardian.
 */
export function assertGiver(givenBy: ConsentGiver, subject: { isChild: boolean }, recorderRoles: readonly Role[]): void {
  switch (givenBy) {
    case ConsentGiver.PERSON:
      if (subject.isChild) {
        throw new ConsentException(
          ConsentExceptionCode.CHILD_CANNOT_CONSENT_ALONE,
          "A child's consent is given by a guardian or the child protection worker",
          ['input.givenBy'],
        );
      }
      return;
    case ConsentGiver.GUARDIAN:
      return;
    case ConsentGiver.CHILD_PROTECTION_WORKER:
      if (!subject.isChild) {
        throw new ConsentException(ConsentExceptionCode.GIVER_ONLY_FOR_A_CHILD, 'The child protection worker consents only for a child', [
          'input.givenBy',
        ]);
      }
      if (!recorderRoles.includes(Role.CHILD_PROTECTION_WORKER)) {
        throw new ConsentException(
          ConsentExceptionCode.GIVER_NEEDS_CHILD_PROTECTION_WORKER,
          'Only a child protection worker records consent given in the child protection worker’s name',
        );
      }
      return;
    default:
      return assertNever(givenBy);
  }
}

export function assertGrantExpiry(expiresAt: Date | null | undefined, now: Date): void {
  if (expiresAt && expiresAt.getTime() <= now.getTime()) {
    throw new ConsentException(ConsentExceptionCode.EXPIRY_NOT_IN_FUTURE, 'expiresAt must be in the future', ['input.expiresAt']);
  }
}

export interface OverrideDurations {
  defaultHours: number;
  maxHours: number;
}

const HOUR_MS = 3_600_000;

/** An override always ends: by default after the configured hours, never later than the configured maximum. */
export function overrideExpiry(requested: Date | null | undefined, now: Date, durations: OverrideDurations): Date {
  if (!requested) return new Date(now.getTime() + durations.defaultHours * HOUR_MS);
  if (requested.getTime() <= now.getTime()) {
    throw new ConsentException(ConsentExceptionCode.EXPIRY_NOT_IN_FUTURE, 'expiresAt must be in the future', ['input.expiresAt']);
  }
  if (requested.getTime() > now.getTime() + durations.maxHours * HOUR_MS) {
    throw new ConsentException(ConsentExceptionCode.OVERRIDE_TOO_LONG, `An override lasts at most ${durations.maxHours} hours`, ['input.expiresAt']);
  }
  return requested;
}

/** An optional withdrawal reason: blank means none. */
export function withdrawalReason(reason: string | null | undefined): string | null {
  const trimmed = reason?.trim();
  if (!trimmed) return null;
  if (trimmed.length > WITHDRAWAL_REASON_MAX_LENGTH) {
    throw new ConsentException(ConsentExceptionCode.REASON_TOO_LONG, `reason is longer than ${WITHDRAWAL_REASON_MAX_LENGTH} characters`, ['reason']);
  }
  return trimmed;
}
