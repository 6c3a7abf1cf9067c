import { ConfigurationError, loadConfig } from '@nrm/config';
import { notificationsConfigSchema } from './config';

describe('notifications configuration', () => {
  it('defaults to the deadlines of docs/domain.md §4 and the demo agencies', () => {
    const config = loadConfig(notificationsConfigSchema, {});
    expect(config).toMatchObject({
      PORT: 4006,
      RESPONSIBLE_AUTHORITY_AGENCY_ID: 'responsible-authority',
      RA_ACKNOWLEDGE_HOURS: 24,
      REFERRAL_RESPONSE_HOURS: 24,
      URGENT_REFERRAL_RESPONSE_HOURS: 4,
    });
    expect([...config.CHILD_PROTECTION_UNITS]).toEqual([['TIRANA', 'cpu-tirana']]);
    // Reminders half-way and a day before; expiries 14 and 3 days before; the sweep every few seconds.
    expect(config).toMatchObject({ DEADLINE_REMINDER_FRACTION: 0.5, DEADLINE_REMINDER_BEFORE_HOURS: 24, EXPIRY_REMINDER_DAYS: [14, 3], DEADLINE_SWEEP_INTERVAL_SECONDS: 5 });
  });

  it('takes durations of seconds for tests (fractions of hours and days)', () => {
    const config = loadConfig(notificationsConfigSchema, { RA_ACKNOWLEDGE_HOURS: '0.002', EXPIRY_REMINDER_DAYS: '0.0001, 0.00005', DEADLINE_SWEEP_INTERVAL_SECONDS: '0.5' });
    expect(config).toMatchObject({ RA_ACKNOWLEDGE_HOURS: 0.002, EXPIRY_REMINDER_DAYS: [0.0001, 0.00005], DEADLINE_SWEEP_INTERVAL_SECONDS: 0.5 });
  });

  it('reads region=unit pairs, region codes in upper case', () => {
    const config = loadConfig(notificationsConfigSchema, { CHILD_PROTECTION_UNITS: 'tirana=cpu-tirana, DURRES=cpu-durres' });
    expect(config.CHILD_PROTECTION_UNITS.get('TIRANA')).toBe('cpu-tirana');
    expect(config.CHILD_PROTECTION_UNITS.get('DURRES')).toBe('cpu-durres');
  });

  it.each([
    ['CHILD_PROTECTION_UNITS', 'TIRANA'],
    ['RA_ACKNOWLEDGE_HOURS', '0'],
    ['URGENT_REFERRAL_RESPONSE_HOURS', 'soon'],
    ['RESPONSIBLE_AUTHORITY_AGENCY_ID', ''],
    ['EXPIRY_REMINDER_DAYS', '14,soon'],
    ['DEADLINE_REMINDER_FRACTION', '1'],
    ['DEADLINE_SWEEP_INTERVAL_SECONDS', '0'],
    ['SMTP_URL', 'not a url'],
    ['MAIL_SWEEP_INTERVAL_SECONDS', '0'],
    ['SERVICE_CLIENT_SECRET', ''],
  ])('refuses to start on a bad %s, naming it', (variable, value) => {
    expect(() => loadConfig(notificationsConfigSchema, { [variable]: value })).toThrow(ConfigurationError);
    expect(() => loadConfig(notificationsConfigSchema, { [variable]: value })).toThrow(variable);
  });

  it("sends e-mail to the development catch-all by default, and refuses the development client's secret in production", () => {
    expect(loadConfig(notificationsConfigSchema, {})).toMatchObject({ SMTP_URL: 'smtp://127.0.0.1:1025', MAIL_SWEEP_INTERVAL_SECONDS: 2, SERVICE_CLIENT_ID: 'nrm-notifications' });
    const production = { NODE_ENV: 'production', OIDC_ISSUER: 'https://id.example.org/realms/nrm', OIDC_ALLOWED_CLIENTS: 'nrm-portal' };
    expect(() => loadConfig(notificationsConfigSchema, production)).toThrow(/SERVICE_CLIENT_SECRET/);
    expect(loadConfig(notificationsConfigSchema, { ...production, SERVICE_CLIENT_SECRET: 's3cret-from-keycloak' }).SERVICE_CLIENT_SECRET).toBe('s3cret-from-keycloak');
  });
});
