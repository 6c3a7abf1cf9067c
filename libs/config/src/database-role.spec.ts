import { baseConfigSchema, databaseRoleFromEnv, databaseRoleWithDefault, loadConfig, z } from './config';

describe('DATABASE_APP_ROLE', () => {
  const withDefault = baseConfigSchema.extend({ DATABASE_APP_ROLE: databaseRoleWithDefault('nrm_service_app') });

  it('is unset by default in the base configuration and takes a service default where one is declared', () => {
    expect(loadConfig(baseConfigSchema, {}).DATABASE_APP_ROLE).toBeUndefined();
    expect(loadConfig(withDefault, {}).DATABASE_APP_ROLE).toBe('nrm_service_app');
  });

  it('is turned off by an empty value', () => {
    expect(loadConfig(withDefault, { DATABASE_APP_ROLE: '' }).DATABASE_APP_ROLE).toBeUndefined();
  });

  it('accepts only a plain identifier', () => {
    expect(() => loadConfig(z.object({ DATABASE_APP_ROLE: databaseRoleFromEnv.optional() }), { DATABASE_APP_ROLE: 'app -c x=y' })).toThrow(
      /DATABASE_APP_ROLE/,
    );
  });
});
