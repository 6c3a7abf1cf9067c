import { ConsentPurpose, DataCategory, LegalBasis } from '@nrm/domain';
import { ApiError } from '@nrm/graphql';
import { type FactsBody, parseFacts } from './identification-facts.client';

const grant = {
  id: 'g1',
  kind: 'CONSENT',
  granteeAgencyId: 'police-tirana',
  categories: ['HEALTH'],
  purpose: 'LAW_ENFORCEMENT_COOPERATION',
  expiresAt: null,
  withdrawnAt: null,
};
const override = { ...grant, id: 'o1', kind: 'OVERRIDE', purpose: null, expiresAt: '2026-06-02T00:00:00.000Z' };
const body = (permissions: FactsBody['permissions']): FactsBody => ({ isChild: false, recordingAgency: true, relationships: [], permissions });

describe('parseFacts', () => {
  it("keeps each grant's purpose and an override's absence of one, for the policy to decide on", () => {
    expect(parseFacts(body([grant, override])).permissions).toEqual([
      { id: 'g1', kind: LegalBasis.CONSENT, granteeAgencyId: 'police-tirana', categories: [DataCategory.HEALTH], purpose: ConsentPurpose.LAW_ENFORCEMENT_COOPERATION, expiresAt: null, withdrawnAt: null },
      { id: 'o1', kind: LegalBasis.OVERRIDE, granteeAgencyId: 'police-tirana', categories: [DataCategory.HEALTH], purpose: null, expiresAt: new Date('2026-06-02T00:00:00.000Z'), withdrawnAt: null },
    ]);
  });

  it('fails closed on a grant without a known purpose, or an override with one', () => {
    expect(() => parseFacts(body([{ ...grant, purpose: null }]))).toThrow(ApiError);
    expect(() => parseFacts(body([{ ...grant, purpose: 'CURIOSITY' }]))).toThrow(ApiError);
    const withoutPurpose: Record<string, unknown> = { ...grant };
    delete withoutPurpose['purpose'];
    expect(() => parseFacts(body([withoutPurpose as FactsBody['permissions'][number]]))).toThrow(ApiError);
    expect(() => parseFacts(body([{ ...override, purpose: 'LAW_ENFORCEMENT_COOPERATION' }]))).toThrow(ApiError);
  });
});
