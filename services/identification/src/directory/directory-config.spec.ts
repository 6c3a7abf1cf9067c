import { loadConfig } from '@nrm/config';
import { directoryAdminUrl, identificationConfigSchema } from '../config';

const production = { NODE_ENV: 'production', OIDC_ISSUER: 'https://id.example.org/realms/nrm', OIDC_ALLOWED_CLIENTS: 'nrm-portal' };

describe('directory configuration', () => {
  it('reads the admin API next to the issuer, as Keycloak serves it, unless told otherwise', () => {
    expect(directoryAdminUrl(loadConfig(identificationConfigSchema, { OIDC_ISSUER: 'https://id.example.org/realms/nrm' }))).toBe(
      'https://id.example.org/admin/realms/nrm',
    );
    expect(directoryAdminUrl(loadConfig(identificationConfigSchema, { DIRECTORY_ADMIN_URL: 'http://keycloak:8080/admin/realms/nrm/' }))).toBe(
      'http://keycloak:8080/admin/realms/nrm',
    );
  });

  it('refuses to start in production with the development client secret, naming the variable only', () => {
    expect(() => loadConfig(identificationConfigSchema, production)).toThrow(/DIRECTORY_CLIENT_SECRET/);
    // The person-matching key has its own production check; set here.
    const matchKey = { PERSON_MATCH_KEY: 'k'.repeat(48) };
    expect(loadConfig(identificationConfigSchema, { ...production, ...matchKey, DIRECTORY_CLIENT_SECRET: 's3cret-from-keycloak' }).DIRECTORY_CLIENT_SECRET).toBe(
      's3cret-from-keycloak',
    );
  });

  it("lets the notifications service's account alone call the recipients endpoint by default; a list when set", () => {
    expect(loadConfig(identificationConfigSchema, {}).DIRECTORY_RECIPIENTS_CLIENTS).toEqual(['nrm-notifications']);
    expect(loadConfig(identificationConfigSchema, { DIRECTORY_RECIPIENTS_CLIENTS: 'nrm-notifications, nrm-mailer' }).DIRECTORY_RECIPIENTS_CLIENTS).toEqual([
      'nrm-notifications',
      'nrm-mailer',
    ]);
  });

  it('leaves the choice of unit to the directory by default, with the national unit as the fallback', () => {
    const config = loadConfig(identificationConfigSchema, {});
    expect(config.CHILD_PROTECTION_UNITS.size).toBe(0);
    expect(config.NATIONAL_CHILD_PROTECTION_UNIT).toBe('cpu-national');
  });
});
