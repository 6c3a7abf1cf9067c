import { ConfigurationError, loadConfig } from '@nrm/config';
import { reportingConfigSchema } from './config';

describe('reporting configuration', () => {
  const production = { NODE_ENV: 'production', OIDC_ISSUER: 'https://id.example.org/realms/nrm', OIDC_ALLOWED_CLIENTS: 'nrm-portal' };

  it("reads the producers' events as the nrm-reporting service account, and refuses the development secret in production", () => {
    expect(loadConfig(reportingConfigSchema, {})).toMatchObject({ SERVICE_CLIENT_ID: 'nrm-reporting', SERVICE_CLIENT_SECRET: 'nrm-dev-secret' });
    const keyed = { ...production, REPORTING_PSEUDONYM_KEY: 'p'.repeat(48) };
    expect(() => loadConfig(reportingConfigSchema, keyed)).toThrow(/SERVICE_CLIENT_SECRET/);
    expect(loadConfig(reportingConfigSchema, { ...keyed, SERVICE_CLIENT_SECRET: 's3cret-from-keycloak' }).SERVICE_CLIENT_SECRET).toBe('s3cret-from-keycloak');
  });

  it('refuses an empty client or secret, naming it', () => {
    for (const variable of ['SERVICE_CLIENT_ID', 'SERVICE_CLIENT_SECRET']) {
      expect(() => loadConfig(reportingConfigSchema, { [variable]: '' })).toThrow(ConfigurationError);
      expect(() => loadConfig(reportingConfigSchema, { [variable]: '' })).toThrow(variable);
    }
  });
});
