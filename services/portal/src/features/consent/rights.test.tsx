import { screen, within } from '@testing-library/react';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { ConsentAndRights } from './ConsentPage';
import { OverrideForm } from './OverridesSection';
import { SubjectAccessSection } from './SubjectAccessSection';
import { renderWithApi, sentInput, type Answer } from '../../test-support';

const NOW = new Date('2026-05-01T12:00:00Z');
const AGENCIES = [{ id: 'shelter-a', name: 'Shelter A', type: 'SHELTER_NGO' }];
const field = (label: string) => screen.getByText(label, { selector: '.react-aria-Label' }).parentElement as HTMLElement;

let i18nInstance: i18n;
beforeAll(async () => {
  i18nInstance = await createI18n('en');
});

describe('the override form', () => {
  it('refuses a reason without ten letters, whatever its length', async () => {
    const { user, sent } = renderWithApi(<OverrideForm personId="p-1" agencies={AGENCIES} onGranted={() => undefined} now={() => NOW} />, i18nInstance, () => ({}));
    await user.type(screen.getByLabelText('Written legal basis'), '1234567890 ... !!! 42');
    await user.click(screen.getByRole('button', { name: 'Record override' }));
    expect(await within(field('Written legal basis')).findByText('Write the legal basis in words: at least 10 letters.')).toBeTruthy();
    expect(within(field('Receiving agency')).getByText('This is required.')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('sends the reason and a duration in hours as an expiry from now', async () => {
    const { user, sent } = renderWithApi(<OverrideForm personId="p-1" agencies={AGENCIES} onGranted={() => undefined} now={() => NOW} />, i18nInstance, () => ({
      data: { grantLegalBasisOverride: { __typename: 'LegalBasisOverride', id: 'o-1' } },
    }));
    await user.click(within(field('Receiving agency')).getByRole('button'));
    await user.click(await screen.findByRole('option', { name: 'Shelter A (Shelter (NGO))' }));
    await user.click(screen.getByText('Identity'));
    await user.type(screen.getByLabelText('Written legal basis'), 'Vital interests of the person');
    await user.type(screen.getByLabelText('Duration in hours (optional)'), '24');
    await user.click(screen.getByRole('button', { name: 'Record override' }));
    await screen.findByText(/The override was recorded/);
    expect(sentInput(sent, 'GrantLegalBasisOverride')).toEqual({
      personId: 'p-1',
      granteeAgencyId: 'shelter-a',
      categories: ['IDENTITY'],
      reason: 'Vital interests of the person',
      expiresAt: '2026-05-02T12:00:00.000Z',
    });
  });
});

describe('the subject access request', () => {
  it('checks a legal representative by their mandate, and only a legal representative', async () => {
    const { user, sent } = renderWithApi(<SubjectAccessSection personId="p-1" isHead={false} now={() => NOW} />, i18nInstance, () => ({}));
    await user.type(screen.getByLabelText('Request reference'), 'SAR-2026-0012');
    await user.type(screen.getByLabelText('Request received on'), '2026-04-30');
    await user.click(screen.getByText('A legal representative'));
    await user.click(screen.getByText('Identity document seen'));
    await user.click(screen.getByRole('button', { name: 'Record request' }));
    expect(await within(field("How the requester's identity was checked")).findByText(/checked by their mandate/)).toBeTruthy();
    expect(sent).toEqual([]);
    // An officer records the request; the export is the head's.
    expect(screen.getByText('Only the head of the Responsible Authority makes the export.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export and download' })).toBeNull();
  });

  it('refuses a request received in the future', async () => {
    const { user, sent } = renderWithApi(<SubjectAccessSection personId="p-1" isHead={false} now={() => NOW} />, i18nInstance, () => ({}));
    await user.type(screen.getByLabelText('Request reference'), 'SAR-2026-0013');
    await user.type(screen.getByLabelText('Request received on'), '2026-05-03');
    await user.click(screen.getByText('The person'));
    await user.click(screen.getByText('Known to staff'));
    await user.click(screen.getByRole('button', { name: 'Record request' }));
    expect(await within(field('Request received on')).findByText('The request cannot have been received in the future.')).toBeTruthy();
    expect(sent).toEqual([]);
  });
});

const PAGE_ANSWER: Answer = (sent) => {
  switch (sent.operationName) {
    case 'ConsentPerson':
      return {
        data: {
          person: { __typename: 'Person', id: 'p-1', reference: 'NRM-2026-000001', erasedAt: null, summary: { __typename: 'PersonSummary', isChild: false } },
          agencies: [{ __typename: 'Agency', id: 'shelter-a', name: 'Shelter A', type: 'SHELTER_NGO' }],
        },
      };
    case 'ConsentGrants':
      return { data: { consentGrants: [] } };
    case 'ConsentGrantsForReview':
      return { data: { consentGrantsForReview: [] } };
    case 'LegalBasisOverrides':
      return { data: { legalBasisOverrides: [] } };
    case 'LegalHolds':
      return { data: { legalHolds: [], legalHoldReasonCodes: [{ __typename: 'LegalHoldReason', code: 'CRIMINAL_PROCEEDINGS', label: 'Criminal proceedings' }] } };
    default:
      return { errors: [{ message: 'unexpected', extensions: { code: 'INTERNAL' } }] };
  }
};

describe('the consent and rights page by role', () => {
  it('tells an officer why overrides, holds, export and erasure are closed, and asks the API for none of them', async () => {
    const { sent } = renderWithApi(<ConsentAndRights personId="p-1" roles={['ra_officer']} />, i18nInstance, PAGE_ANSWER);
    await screen.findByRole('heading', { name: 'Consent and rights: NRM-2026-000001' });
    expect(await screen.findByText('No consent is in force.')).toBeTruthy();
    expect(screen.getByText(/Only the head of the Responsible Authority may record or see legal basis overrides/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Record an override' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Erase/ })).toBeNull();
    expect(sent.map((entry) => entry.operationName)).not.toContain('LegalBasisOverrides');
    expect(sent.map((entry) => entry.operationName)).not.toContain('LegalHolds');
  });

  it('shows the head the override form, the legal holds and erasure', async () => {
    renderWithApi(<ConsentAndRights personId="p-1" roles={['ra_head']} />, i18nInstance, PAGE_ANSWER);
    await screen.findByRole('heading', { name: 'Record an override' });
    expect(await screen.findByText('No overrides for this person.')).toBeTruthy();
    expect(await screen.findByText('No legal hold has been set.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Erase the person's data/ })).toBeTruthy();
  });
});
