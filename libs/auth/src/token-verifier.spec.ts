import { AgencyType, Role } from '@nrm/domain';
import { InvalidTokenError, identityFromClaims, type RealmAccessClaims } from './token-verifier';

// The claims of a signature-verified access token as the realm issues them (infra/keycloak: agency_id and agency_type mappers).
const claims: RealmAccessClaims = {
  typ: 'Bearer',
  azp: 'nrm-cli',
  sub: '00000000-0000-4000-8000-000000000001',
  exp: 1_900_000_000,
  iat: 1_899_999_700,
  jti: 'token-1',
  preferred_username: 'police.tirana',
  agency_id: 'police-tirana',
  agency_type: 'STATE_POLICE',
  realm_access: { roles: ['default-roles-nrm', 'first_responder', 'offline_access'] },
};
const ALLOWED_CLIENTS = ['nrm-portal', 'nrm-cli'];

function refusal(payload: RealmAccessClaims): string | undefined {
  try {
    identityFromClaims(payload, ALLOWED_CLIENTS);
    return undefined;
  } catch (error) {
    if (error instanceof InvalidTokenError) return error.reason;
    throw error;
  }
}

describe('identityFromClaims', () => {
  it('maps agency_id and agency_type into the principal, keeping only platform roles', () => {
    expect(identityFromClaims(claims, ALLOWED_CLIENTS)).toEqual({
      subject: '00000000-0000-4000-8000-000000000001',
      username: 'police.tirana',
      roles: [Role.FIRST_RESPONDER],
      agencyId: 'police-tirana',
      agencyType: AgencyType.STATE_POLICE,
      clientId: 'nrm-cli',
      tokenId: 'token-1',
      expiresAt: new Date(1_900_000_000_000),
    });
  });

  it('refuses a token without agency_type, as one without agency_id', () => {
    expect(refusal({ ...claims, agency_type: undefined })).toBe('no agency type');
    expect(refusal({ ...claims, agency_id: undefined })).toBe('no agency');
  });

  it('refuses an agency_type that is not one of the agency types of docs/domain.md §1, or not a string', () => {
    expect(refusal({ ...claims, agency_type: 'state_police' })).toBe('no agency type');
    expect(refusal({ ...claims, agency_type: 'MILITARY_POLICE' })).toBe('no agency type');
    expect(refusal({ ...claims, agency_type: ['STATE_POLICE'] })).toBe('no agency type');
  });

  it('refuses an ID token, a client not allowed and a token without a platform role', () => {
    expect(refusal({ ...claims, typ: 'ID' })).toBe('not an access token');
    expect(refusal({ ...claims, azp: 'rogue-client' })).toBe('client not allowed');
    expect(refusal({ ...claims, realm_access: { roles: ['offline_access'] } })).toBe('no platform role');
  });
});
