import { baseConfigSchema, ConfigurationError, loadConfig, regionAgencyMap, eventHistoryConfigShape } from './config';

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

  it('names the clients that may read the published events: the reporting service by default', () => {
    const schema = baseConfigSchema.extend(eventHistoryConfigShape);
    expect(loadConfig(schema, {}).EVENT_HISTORY_CLIENTS).toEqual(['nrm-reporting']);
    expect(loadConfig(schema, { EVENT_HISTORY_CLIENTS: 'nrm-reporting, nrm-archive,' }).EVENT_HISTORY_CLIENTS).toEqual(['nrm-reporting', 'nrm-archive']);
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
