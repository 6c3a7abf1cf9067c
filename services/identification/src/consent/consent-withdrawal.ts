import type { EntityManager } from 'typeorm';
import { Relationship } from '@nrm/access-policy';
import type { AgencyType } from '@nrm/domain';
import type { EventPayloads } from '@nrm/events';

/** The relationships of a provider whose referral or case is still live. */
const LIVE_REFERRAL_RELATIONSHIPS: readonly Relationship[] = [Relationship.PENDING_REFERRAL, Relationship.ACCEPTED_REFERRAL, Relationship.OPEN_CASE];

/** The withdrawn grant, as much of it as the event needs. */
export interface WithdrawnGrant {
  id: string;
  granteeAgencyId: string | null;
  granteeAgencyType: AgencyType | null;
}

/**
 * The `consent.withdrawn` payload. A grant to an agency type names, besides the type, the agencies of that type with a
 * live referral or case of the person (from this service's relationships), so the notification service can tell each
 * one without knowing referrals; the referral service marks its live referrals by the providers' type itself.
 */
export async function consentWithdrawnPayload(
  manager: EntityManager,
  grant: WithdrawnGrant,
  person: { id: string; reference: string },
): Promise<EventPayloads['consent.withdrawn']> {
  const base = { grantId: grant.id, personId: person.id, reference: person.reference, granteeAgencyId: grant.granteeAgencyId, granteeAgencyType: grant.granteeAgencyType };
  if (grant.granteeAgencyType === null) return base;
  const rows: Array<{ agency_id: string }> = await manager.query(
    `SELECT DISTINCT r.agency_id FROM identification.person_relationship r JOIN identification.agency a ON a.id = r.agency_id
      WHERE r.person_id = $1 AND r.active AND r.relationship = ANY($2::text[]) AND a.type = $3 ORDER BY r.agency_id`,
    [person.id, LIVE_REFERRAL_RELATIONSHIPS, grant.granteeAgencyType],
  );
  return { ...base, liveReferralAgencyIds: rows.map((row) => row.agency_id) };
}
