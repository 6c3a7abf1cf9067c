import { LegalBasis } from '@nrm/domain';
import { servedDecision } from './enforce';

describe('servedDecision: what a read of data held by several owners serves, and what its audit entries say', () => {
  const owner = { decision: 'ALLOWED', basis: LegalBasis.OWNER } as const;
  const consent = { decision: 'ALLOWED', basis: LegalBasis.CONSENT, permissionId: 'g1' } as const;
  const consentRequired = { decision: 'DENIED', code: 'CONSENT_REQUIRED' } as const;
  const forbidden = { decision: 'DENIED', code: 'FORBIDDEN' } as const;

  it("serves a shelter its own records of a person with a case at another shelter, and audits no denial for the other's", () => {
    expect(servedDecision([{ owner: 'shelter-a', result: owner }, { owner: 'shelter-b', result: consentRequired }])).toEqual({
      decision: 'ALLOWED',
      owners: ['shelter-a'],
      audited: [owner],
    });
  });

  it('audits every allowed basis the served records rest on', () => {
    expect(servedDecision([{ owner: 'shelter-a', result: owner }, { owner: 'shelter-b', result: consent }])).toEqual({
      decision: 'ALLOWED',
      owners: ['shelter-a', 'shelter-b'],
      audited: [owner, consent],
    });
  });

  it('with no owner yet, an allowed read serves nothing and is still audited', () => {
    expect(servedDecision([{ owner: null, result: consent }])).toEqual({ decision: 'ALLOWED', owners: [], audited: [consent] });
  });

  it('denies with one entry carrying the code the caller receives', () => {
    expect(servedDecision([{ owner: 'shelter-a', result: forbidden }, { owner: 'shelter-b', result: consentRequired }])).toEqual({
      decision: 'DENIED',
      code: 'CONSENT_REQUIRED',
      audited: [consentRequired],
    });
    expect(servedDecision([{ owner: 'shelter-a', result: forbidden }, { owner: 'shelter-b', result: forbidden }])).toEqual({
      decision: 'DENIED',
      code: 'FORBIDDEN',
      audited: [forbidden],
    });
  });
});
