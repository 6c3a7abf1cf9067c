import type { EntityManager } from 'typeorm';
import type { AgencyType } from '@nrm/domain';

/**
 * The port through which the consent ledger learns what a grantee is: its agency type, or null when no such agency
 * exists. Grants and overrides name agencies of the directory; a name outside it is refused.
 */
export abstract class GranteeAgencies {
  /** `manager`: the caller's transaction, so the lookup takes no second pool connection. */
  abstract typeOf(agencyId: string, manager?: EntityManager): Promise<AgencyType | null>;
}
