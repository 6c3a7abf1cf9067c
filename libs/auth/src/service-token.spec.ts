import { serviceIdentityFromClaims } from './service-token';
import { InvalidTokenError, type RealmAccessClaims } from './token-verifier';

// A client-credentials token of the nrm-notifications service account, as the realm issues it (no agency, no role).
const claims: RealmAccessClaims = {
  typ: 'Bearer',
  azp: 'nrm-notifications',
  sub: '00000000-0000-4000-8000-0000000000d2',
  exp: 1_900_000_000,
  iat: 1_899_999_700,
  preferred_username: 'service-account-nrm-notifications',
  realm_access: { roles: ['default-roles-nrm', 'offline_access'] },
};

function refusal(payload: RealmAccessClaims): string | undefined {
  try {
    serviceIdentityFromClaims(payload, ['nrm-notifications']);
    return undefined;
  } catch (error) {
    if (error instanceof InvalidTokenError) return error.reason;
    throw error;
  }
}

describe('serviceIdentityFromClaims', () => {
  it("names the calling service's client and its service account", () => {
    expect(serviceIdentityFromClaims(claims, ['nrm-notifications'])).toEqual({
      clientId: 'nrm-notifications',
      subject: '00000000-0000-4000-8000-0000000000d2',
      expiresAt: new Date(1_900_000_000_000),
    });
  });

  it("refuses a user's token, another service's, and anything but the client's own service account", () => {
    expect(refusal({ ...claims, azp: 'nrm-cli', preferred_username: 'ra.head', agency_id: 'responsible-authority' })).toBe('client not allowed');
    expect(refusal({ ...claims, azp: 'nrm-directory', preferred_username: 'service-account-nrm-directory' })).toBe('client not allowed');
    expect(refusal({ ...claims, preferred_username: 'ra.head' })).toBe('not a service account');
    expect(refusal({ ...claims, preferred_username: 'service-account-nrm-directory' })).toBe('not a service account');
    expect(refusal({ ...claims, typ: 'ID' })).toBe('not an access token');
  });
});
