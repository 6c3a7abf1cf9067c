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

  const parse = (env: Record<string, string>) => reportingConfigSchema.safeParse({ NODE_ENV: 'test', ...env });

  it('defaults the CTDC export to k = 11 and snapshots to 02:00 on the first of each month', () => {
    const parsed = parse({});
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ CTDC_K: 11, STATISTICS_SNAPSHOT_CRON: '0 2 1 * *', STATISTICS_EXPORT_TTL_HOURS: 24 });
  });

  it('refuses a CTDC k below 11, naming the variable', () => {
    const parsed = parse({ CTDC_K: '10' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['CTDC_K']);
    expect(parse({ CTDC_K: '25' }).data?.CTDC_K).toBe(25);
  });
});
