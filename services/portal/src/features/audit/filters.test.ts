import { describe, expect, it } from 'vitest';
import { auditSearchSchema, filterOf } from './filters';

const PERSON = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

describe('the audit trail search', () => {
  it('asks for a person id, and a last day not before the first', () => {
    const noPerson = auditSearchSchema.safeParse({ personId: 'NRM-2026-000001', agencyId: '', basis: '', from: '', to: '' });
    expect(noPerson.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['personId', 'audit.rules.personId']]);
    const backwards = auditSearchSchema.safeParse({ personId: PERSON, agencyId: '', basis: '', from: '2026-05-02', to: '2026-05-01' });
    expect(backwards.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['to', 'audit.rules.toAfterFrom']]);
  });

  it('sends only the filters chosen, whole days with both ends inclusive', () => {
    expect(filterOf({ personId: PERSON, agencyId: '', basis: '', from: '', to: '' })).toEqual({});
    const filter = filterOf({ personId: PERSON, agencyId: 'oversight', basis: 'CONSENT', from: '2026-05-01', to: '2026-05-01' });
    expect(filter).toMatchObject({ agencyId: 'oversight', basis: 'CONSENT' });
    expect(Date.parse(filter.to as string) - Date.parse(filter.from as string)).toBe(24 * 3600_000 - 1);
  });
});
