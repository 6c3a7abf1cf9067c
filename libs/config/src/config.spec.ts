import { baseConfigSchema, ConfigurationError, loadConfig, regionAgencyMap, reportingEventsConfigShape } from './config';

describe('loadConfig', () => {
  it('applies defaults for an empty environment', () => {
    const config = loadConfig(baseConfigSchema, {});
    expect(config.NODE_ENV).toBe('development');
    expect(config.OIDC_ALLOWED_CLIENTS).toEqual(['nrm-portal', 'nrm-cli']);
  });

  it('names the variable at fault without echoing its value', () => {
    expect(() => loadConfig(baseConfigSchema, { DATABASE_POOL_SIZE: 'lots-secret' })).toThrow(/DATABASE_POOL_SIZE/);
    try {
      loadConfig(baseConfigSchema, { DATABASE_POOL_SIZE: 'lots-secret' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).not.toContain('lots-secret');
    }
  });

  it('refuses the development password-grant client in production', () => {
    expect(() =>
      loadConfig(baseConfigSchema, { NODE_ENV: 'production', OIDC_ISSUER: 'https://id.example.org/realms/nrm' }),
    ).toThrow(/nrm-cli/);
  });

  it('accepts a production environment that names only the portal client over https', () => {
    const config = loadConfig(baseConfigSchema, {
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://id.example.org/realms/nrm',
      OIDC_ALLOWED_CLIENTS: 'nrm-portal',
    });
    expect(config.OIDC_ALLOWED_CLIENTS).toEqual(['nrm-portal']);
  });

  it('refuses the development key of the published events in production, and a short one anywhere', () => {
    const schema = baseConfigSchema.extend(reportingEventsConfigShape);
    const production = { NODE_ENV: 'production', OIDC_ISSUER: 'https://id.example.org/realms/nrm', OIDC_ALLOWED_CLIENTS: 'nrm-portal' };
    expect(() => loadConfig(schema, production)).toThrow(/REPORTING_EVENTS_KEY/);
    expect(() => loadConfig(schema, { REPORTING_EVENTS_KEY: 'short' })).toThrow(/REPORTING_EVENTS_KEY/);
    expect(loadConfig(schema, { ...production, REPORTING_EVENTS_KEY: 'e'.repeat(48) }).REPORTING_EVENTS_KEY).toBe('e'.repeat(48));
  });
});

describe('regionAgencyMap', () => {
  const schema = regionAgencyMap('TIRANA=cpu-tirana');
  it('maps upper-cased regions to agencies', () => {
    expect(schema.parse('tirana=cpu-tirana, DURRES=cpu-durres')).toEqual(new Map([['TIRANA', 'cpu-tirana'], ['DURRES', 'cpu-durres']]));
  });
  it('refuses a malformed pair', () => {
    expect(schema.safeParse('TIRANA').success).toBe(false);
    expect(schema.safeParse('A=b=c').success).toBe(false);
  });
});
