import type { AgencyType } from '@nrm/domain';

/**
 * The port through which the consent ledger learns what a grantee is: its agency type, or null when no such agency
 * exists. Grants and overrides name agencies of the directory; a name outside it is refused.
 */
export abstract class GranteeAgencies {
  abstract typeOf(agencyId: string): Promise<AgencyType | null>;
}
