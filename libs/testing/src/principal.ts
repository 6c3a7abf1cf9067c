import { randomUUID } from 'node:crypto';
import type { Principal } from '@nrm/auth';
import { AgencyType, Role } from '@nrm/domain';

/**
 * The head of the Responsible Authority as a verified token names them, for a test that calls a service's use case
 * directly (a subject access export part, once identification released it), outside an HTTP request.
 */
export function raHeadPrincipal(): Principal {
  return {
    subject: randomUUID(),
    username: 'ra.head',
    roles: [Role.RA_HEAD],
    agencyId: 'responsible-authority',
    agencyType: AgencyType.RESPONSIBLE_AUTHORITY,
    clientId: 'nrm-cli',
    tokenId: undefined,
    expiresAt: new Date(Date.now() + 3_600_000),
    correlationId: null,
  };
}
