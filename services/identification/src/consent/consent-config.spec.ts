import { ConfigurationError, loadConfig } from '@nrm/config';
import { identificationConfigSchema } from '../config';

describe('override durations in the identification config', () => {
  it('defaults to 72 hours, at most 168', () => {
    const config = loadConfig(identificationConfigSchema, {});
    expect([config.OVERRIDE_DEFAULT_HOURS, config.OVERRIDE_MAX_HOURS]).toEqual([72, 168]);
  });

  it('refuses to start with a default longer than the maximum, naming the variable', () => {
    expect(() => loadConfig(identificationConfigSchema, { OVERRIDE_DEFAULT_HOURS: '200', OVERRIDE_MAX_HOURS: '100' })).toThrow(ConfigurationError);
    expect(() => loadConfig(identificationConfigSchema, { OVERRIDE_DEFAULT_HOURS: '200', OVERRIDE_MAX_HOURS: '100' })).toThrow(/OVERRIDE_DEFAULT_HOURS/);
  });

  it('refuses a non-positive duration', () => {
    expect(() => loadConfig(identificationConfigSchema, { OVERRIDE_MAX_HOURS: '0' })).toThrow(/OVERRIDE_MAX_HOURS/);
  });
});
