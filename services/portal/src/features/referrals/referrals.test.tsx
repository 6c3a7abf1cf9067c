import { screen, within } from '@testing-library/react';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { renderWithApi, type Answer } from '../../test-support';
import { FormalIdentificationForm } from './FormalIdentificationPage';
import { ReferralForm } from './ReferPage';
import { WithdrawForm } from './ReferralDetail';
import { ReferralsList } from './ReferralsList';
import { createReferralInput, formalIdentificationSchema, referralFormSchema, servicesForNeeds, type MatchChoice } from './rules';

let english: i18n;
beforeAll(async () => {
  english = await createI18n('en');
});

const renderWith = (answer: Answer, element: ReactNode) => renderWithApi(element, english, answer);

const refusal = (code: string, fields: string[] = []) => ({ errors: [{ message: 'refused', extensions: { code, fields } }] });

const provider = (id: string, name: string) => ({
  __typename: 'ServiceProvider',
  id,
  agencyId: `agency-${id}`,
  name,
  region: 'TIRANA',
  placesTotal: 10,
  placesFree: id === 'full' ? 0 : 5,
  serves: ['ADULTS'],
  services: ['ACCOMMODATION'],
});
const match = (id: string, name: string, eligible: boolean, overCapacityPossible = false) => ({
  __typename: 'ProviderMatch',
  eligible,
  reasons: eligible ? [] : ['NO_PLACES_FREE'],
  exclusions: eligible ? [] : [{ __typename: 'MatchExclusion', code: 'NO_PLACES_FREE', message: 'No place free' }],
  overCapacityPossible,
  rank: eligible ? 1 : null,
  score: 3,
  regionMatch: true,
  servicesMatched: ['ACCOMMODATION'],
  servicesMissing: [],
  provider: provider(id, name),
});
const MATCHES = [match('open', 'Open Shelter', true), match('full', 'Full Shelter', false, true), match('closed', 'Closed Shelter', false)];
const CHOICES: MatchChoice[] = [
  { providerId: 'open', agencyId: 'agency-open', eligible: true, overCapacityPossible: false },
  { providerId: 'full', agencyId: 'agency-full', eligible: false, overCapacityPossible: true },
  { providerId: 'closed', agencyId: 'agency-closed', eligible: false, overCapacityPossible: false },
];
const CREATED = { data: { createReferral: { __typename: 'Referral', id: 'r-1', status: 'PENDING' } } };

describe('the referral rules', () => {
  it('read the services to match by from the immediate needs', () => {
    expect(servicesForNeeds(['SAFE_ACCOMMODATION', 'FOOD', 'MEDICAL', 'INTERPRETER'])).toEqual(['ACCOMMODATION', 'MEDICAL', 'INTERPRETER']);
    expect(servicesForNeeds([])).toEqual([]);
  });

  it('need a provider that can take the person, and an agreement reference (a code) for a full one', () => {
    const schema = referralFormSchema(CHOICES);
    const base = { priority: 'NORMAL' as const, optionsOffered: [], agreementReference: '' };
    const issues = (value: object) => schema.safeParse({ ...base, ...value }).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];
    expect(issues({ providerId: '' })).toEqual([['providerId', 'referrals.rules.providerRequired']]);
    expect(issues({ providerId: 'closed' })).toEqual([['providerId', 'referrals.rules.providerNotReferable']]);
    expect(issues({ providerId: 'unknown' })).toEqual([['providerId', 'referrals.rules.providerNotReferable']]);
    expect(issues({ providerId: 'open' })).toEqual([]);
    expect(issues({ providerId: 'full' })).toEqual([['agreementReference', 'referrals.rules.agreementRequired']]);
    expect(issues({ providerId: 'full', agreementReference: 'the person agreed with the director' })).toEqual([['agreementReference', 'referrals.rules.agreementFormat']]);
    expect(issues({ providerId: 'full', agreementReference: 'RA/2026-041' })).toEqual([]);
    expect(issues({ providerId: 'open', priority: 'SOON' }).map(([path]) => path)).toEqual(['priority']);
  });

  it('always offer the chosen provider, send an agreement only for a full one, with its agency, and a transfer when given', () => {
    const values = { providerId: 'full', priority: 'URGENT' as const, optionsOffered: ['open'], agreementReference: ' RA/1 ' };
    expect(createReferralInput('p-1', values, CHOICES)).toEqual({
      personId: 'p-1',
      providerId: 'full',
      urgent: true,
      optionsOffered: ['full', 'open'],
      overCapacityAgreement: { reference: 'RA/1', agreedWith: 'agency-full' },
    });
    expect(createReferralInput('p-1', { ...values, providerId: 'open' }, CHOICES, 'r-0')).toEqual({
      personId: 'p-1',
      providerId: 'open',
      urgent: true,
      optionsOffered: ['open'],
      transferFromReferralId: 'r-0',
    });
  });

  it('need an adult signed statement of willingness, and none from a child', () => {
    expect(formalIdentificationSchema(false).safeParse({ statementOfWillingness: false }).success).toBe(false);
    expect(formalIdentificationSchema(false).safeParse({ statementOfWillingness: true }).success).toBe(true);
    expect(formalIdentificationSchema(true).safeParse({ statementOfWillingness: false }).success).toBe(true);
  });
});

describe('the referral form', () => {
  it('says beside the field what is missing and sends nothing', async () => {
    const { user, sent } = renderWith(() => CREATED, <ReferralForm personId="p-1" matches={MATCHES as never} />);
    await user.click(screen.getByRole('button', { name: 'Create referral' }));
    expect(await screen.findByText('Choose the provider.')).toBeTruthy();
    expect(sent).toEqual([]);
    // Only the providers that can take the person (or could, over capacity) are offered as choices.
    const choices = screen.getByRole('radiogroup', { name: 'Provider the person chose' });
    expect(within(choices).queryByText('Closed Shelter')).toBeNull();
  });

  it('asks for the over-capacity agreement of a full provider and sends it with the provider agency', async () => {
    const { user, sent } = renderWith(() => CREATED, <ReferralForm personId="p-1" matches={MATCHES as never} />);
    await user.click(screen.getByText('Full Shelter (over capacity)'));
    await user.click(screen.getByRole('button', { name: 'Create referral' }));
    expect(await screen.findByText("A provider with no place free needs the over-capacity agreement's reference.")).toBeTruthy();
    await user.type(screen.getByLabelText('Over-capacity agreement reference'), 'RA/2026-7');
    await user.click(screen.getByText('Urgent'));
    await user.click(screen.getByRole('button', { name: 'Create referral' }));
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]!.variables['input']).toEqual({
      personId: 'p-1',
      providerId: 'full',
      urgent: true,
      optionsOffered: ['full'],
      overCapacityAgreement: { reference: 'RA/2026-7', agreedWith: 'agency-full' },
    });
  });

  it('shows a refusal naming a field beside it, and one naming none above the form', async () => {
    let answer = refusal('BAD_USER_INPUT', ['input.overCapacityAgreement.reference']);
    const { user } = renderWith(() => answer, <ReferralForm personId="p-1" matches={MATCHES as never} />);
    await user.click(screen.getByText('Full Shelter (over capacity)'));
    await user.type(screen.getByLabelText('Over-capacity agreement reference'), 'RA-1');
    await user.click(screen.getByRole('button', { name: 'Create referral' }));
    expect(await screen.findByText('This value is not accepted. Please check it.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();

    answer = refusal('CONSENT_REQUIRED', ['input.personId']);
    await user.click(screen.getByRole('button', { name: 'Create referral' }));
    expect(within(await screen.findByRole('alert')).getByText(/has not consented to the interview/)).toBeTruthy();
  });
});

describe('the formal identification request', () => {
  const REQUESTED = {
    data: {
      requestFormalIdentification: {
        __typename: 'FormalIdentification',
        id: 'f-1',
        status: 'REQUESTED',
        requestedAt: '2026-05-01T10:00:00Z',
        dueAt: '2026-05-08T21:59:59Z',
        statementOfWillingness: true,
        convenedAt: null,
        scheduledAt: null,
        outcome: null,
        concludedAt: null,
      },
    },
  };
  const answer: Answer = (sent) => (sent.operationName === 'FormalIdentifications' ? { data: { formalIdentifications: [] } } : REQUESTED);

  it('asks an adult for the signed statement of willingness before sending', async () => {
    const { user, sent } = renderWith(answer, <FormalIdentificationForm personId="p-1" isChild={false} />);
    await user.click(screen.getByRole('button', { name: 'Request formal identification' }));
    expect(await screen.findByText("An adult's signed statement of willingness is required.")).toBeTruthy();
    expect(sent).toEqual([]);
    await user.click(screen.getByText('The person has signed the statement of willingness'));
    await user.click(screen.getByRole('button', { name: 'Request formal identification' }));
    await expect.poll(() => sent.find((entry) => entry.operationName === 'RequestFormalIdentification')?.variables['input']).toEqual({ personId: 'p-1', statementOfWillingness: true });
  });

  it('asks a child for none', async () => {
    const { user, sent } = renderWith(answer, <FormalIdentificationForm personId="p-2" isChild />);
    expect(screen.queryByText('The person has signed the statement of willingness')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Request formal identification' }));
    await expect.poll(() => sent.find((entry) => entry.operationName === 'RequestFormalIdentification')?.variables['input']).toEqual({ personId: 'p-2' });
  });

  it('shows the API refusal of the statement beside it', async () => {
    const { user } = renderWith(() => refusal('BAD_USER_INPUT', ['input.statementOfWillingness']), <FormalIdentificationForm personId="p-1" isChild={false} />);
    await user.click(screen.getByText('The person has signed the statement of willingness'));
    await user.click(screen.getByRole('button', { name: 'Request formal identification' }));
    expect(await screen.findByText("An adult's signed statement of willingness is required.")).toBeTruthy();
  });
});

describe('the withdrawal', () => {
  const WITHDRAWN = { data: { withdrawReferral: { __typename: 'Referral', id: 'r-1', status: 'WITHDRAWN', withdrawnAt: '2026-05-01T10:00:00Z', withdrawalReason: 'NEEDS_CHANGED' } } };

  it('needs a reason, then a confirmation; keeping the referral sends nothing', async () => {
    const { user, sent } = renderWith(() => WITHDRAWN, <WithdrawForm referralId="r-1" />);
    await user.click(screen.getByRole('button', { name: 'Withdraw referral…' }));
    expect(await screen.findByText('Choose the reason.')).toBeTruthy();
    await user.click(screen.getByText("The person's needs changed"));
    await user.click(screen.getByRole('button', { name: 'Withdraw referral…' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Keep the referral' }));
    expect(sent).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Withdraw referral…' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Yes, withdraw' }));
    await expect.poll(() => sent[0]?.variables['input']).toEqual({ referralId: 'r-1', reason: 'NEEDS_CHANGED' });
  });

  it('shows a CONFLICT (no longer pending) above the form', async () => {
    const { user } = renderWith(() => refusal('CONFLICT'), <WithdrawForm referralId="r-1" />);
    await user.click(screen.getByText('The person withdrew'));
    await user.click(screen.getByRole('button', { name: 'Withdraw referral…' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Yes, withdraw' }));
    expect(within(await screen.findByRole('alert')).getByText(/current state does not allow this/)).toBeTruthy();
  });
});

describe('the referrals list', () => {
  const page = (index: number, hasNextPage: boolean) => ({
    data: {
      referrals: {
        __typename: 'ReferralConnection',
        edges: [
          {
            __typename: 'ReferralEdge',
            cursor: `c-${index}`,
            node: {
              __typename: 'Referral',
              id: `r-${index}`,
              reference: `NRM-2026-00000${index}`,
              status: 'PENDING',
              urgent: index === 1,
              createdAt: '2026-05-01T10:00:00Z',
              respondedAt: null,
              provider: { __typename: 'ServiceProvider', id: 'open', name: 'Open Shelter' },
            },
          },
        ],
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `c-${index}` },
      },
    },
  });

  it('pages by cursor, forward and back, and filters by status from the first page', async () => {
    const { user, sent } = renderWith((entry) => (entry.variables['after'] === 'c-1' ? page(2, false) : page(1, true)), <ReferralsList />);
    expect(await screen.findByRole('link', { name: 'NRM-2026-000001' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Referrals table (scrolls sideways)' }).getAttribute('tabindex')).toBe('0');
    expect(screen.getByText('Urgent')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('link', { name: 'NRM-2026-000002' })).toBeTruthy();
    expect(sent.at(-1)?.variables).toMatchObject({ first: 20, after: 'c-1' });
    expect(screen.getByText('Page 2')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByRole('link', { name: 'NRM-2026-000001' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /Status/ }));
    await user.click(await screen.findByRole('option', { name: 'Declined' }));
    await expect.poll(() => sent.at(-1)?.variables).toMatchObject({ first: 20, filter: { status: 'DECLINED' } });
    expect(sent.at(-1)?.variables['after']).toBeUndefined();
  });

  it('shows the API refusal instead of a table', async () => {
    renderWith(() => refusal('FORBIDDEN'), <ReferralsList />);
    expect(within(await screen.findByRole('alert')).getByText(/Your role may not see or do this/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
