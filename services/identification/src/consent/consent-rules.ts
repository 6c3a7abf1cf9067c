import { Relationship } from '@nrm/access-policy';
import { ConsentGiver, Role } from '@nrm/domain';
import { assertNever } from '@nrm/graphql';
import { ConsentException, ConsentExceptionCode } from './consent.exception';

/** Agency ids as the identity provider issues them (`agency_id` claim). */
export const AGENCY_ID_PATTERN = /^[a-z0-9-]{2,64}$/;
/** A written reason: at least 10 characters once surrounding blanks are trimmed. */
export const OVERRIDE_REASON_PATTERN = /^\s*\S[\s\S]{8,}\S\s*$/;
export const WITHDRAWAL_REASON_MAX_LENGTH = 2000;

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

/** Relationships that see every grant of a person; the others see only grants to or recorded by their agency. */
const LEDGER_WIDE_RELATIONSHIPS: readonly Relationship[] = [
  Relationship.RECORDING_AGENCY,
  Relationship.RA_MANDATE,
  Relationship.CHILD_PROTECTION_MANDATE,
];

/** Only staff of an agency already linked to the person may touch the person's consent ledger. */
// A denial says what was refused, never about whom: the reference stays out of the message.
export function assertRelationship(relationships: readonly Relationship[], _reference: string): void {
  if (relationships.length === 0) {
    throw new ConsentException(ConsentExceptionCode.NO_RELATIONSHIP, 'No relationship to this person');
  }
}

/** Whether the caller sees the whole ledger of the person (which other agencies hold consent reveals placement). */
export function seesWholeLedger(relationships: readonly Relationship[]): boolean {
  return relationships.some((relationship) => LEDGER_WIDE_RELATIONSHIPS.includes(relationship));
}

/**
 * Who may give consent (DOMAIN.md §3): the person; for a child a parent or guardian, or the child protection worker in
 * the child's best interest (recorded only by a child protection worker). An adult under guardianship may consent
 * through the guardian.
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
