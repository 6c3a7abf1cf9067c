import { randomUUID } from 'node:crypto';
import { isUuid } from '@nrm/graphql';
import { exportPartToken, isExportPartToken } from './export-part-token';

describe('export part tokens', () => {
  const exportToken = randomUUID();

  it('gives each service a different, uuid-shaped token, never the export token itself', () => {
    const tokens = ['referral', 'shelters', 'formal-identification', 'notifications'].map((service) => exportPartToken(exportToken, service));
    expect(tokens.every((token) => isUuid(token))).toBe(true);
    expect(new Set([...tokens, exportToken]).size).toBe(5);
  });

  it("accepts a service's own token only, for that export only", () => {
    const referral = exportPartToken(exportToken, 'referral');
    expect(isExportPartToken(referral, exportToken, 'referral')).toBe(true);
    expect(isExportPartToken(referral.toUpperCase(), exportToken, 'referral')).toBe(true);
    expect(isExportPartToken(referral, exportToken, 'shelters')).toBe(false);
    expect(isExportPartToken(referral, randomUUID(), 'referral')).toBe(false);
    expect(isExportPartToken(exportToken, exportToken, 'referral')).toBe(false);
  });
});
