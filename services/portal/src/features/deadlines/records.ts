import type { DeadlineKind } from '../../gql/graphql';
import { RA_ROLES, ROLE, SHELTER_ROLES } from '../../roles';

/** Who may open a deadline's record, by the pages the portal has and the roles their API answers. */
const CAN_READ_REFERRAL = [...RA_ROLES, ROLE.caseManager];
const CAN_READ_FORMAL_IDENTIFICATION = RA_ROLES;
const CAN_READ_CASE = SHELTER_ROLES;
/** The person's page by NRM reference: personByReference answers the RA only. */
const CAN_FIND_PERSON = RA_ROLES;

const hasAny = (roles: readonly string[], allowed: readonly string[]) => allowed.some((role) => roles.includes(role));

/** The person's page, reached through their NRM reference (features/deadlines/PersonByReference.tsx). */
export const personPath = (reference: string) => `/deadlines/people/${encodeURIComponent(reference)}`;

/**
 * The page of the record a deadline is about, for a user with these roles; null when the portal has none they may
 * open. The record itself where it has a page (referral, formal identification, case), else the person.
 */
export function recordPathOf(deadline: { kind: DeadlineKind; subjectId: string; subjectRef: string }, roles: readonly string[]): string | null {
  const id = encodeURIComponent(deadline.subjectId);
  if (deadline.kind === 'REFERRAL_RESPONSE' && hasAny(roles, CAN_READ_REFERRAL)) return `/referrals/${id}`;
  if (deadline.kind === 'FORMAL_ID_GROUP' && hasAny(roles, CAN_READ_FORMAL_IDENTIFICATION)) return `/formal-identifications/${id}`;
  if (deadline.kind === 'NEEDS_ASSESSMENT' && hasAny(roles, CAN_READ_CASE)) return `/cases/${id}`;
  return hasAny(roles, CAN_FIND_PERSON) ? personPath(deadline.subjectRef) : null;
}
