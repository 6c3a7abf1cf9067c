import { screen, waitFor, within } from '@testing-library/react';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { renderWithApi, type Answer } from '../../test-support';
import { AssessmentForm } from './AssessmentsTab';
import { ClosureForm } from './ClosureTab';
import { ComplaintForm } from './ComplaintsTab';
import { MonitoringForm } from './MonitoringTab';
import { PlanForm, PlanTab } from './PlanTab';
import { DeclineForm } from './ReferralsPage';
import { AdmitForm } from './SummaryTab';

let i18nInstance: i18n;
beforeAll(async () => {
  i18nInstance = await createI18n('en');
});

const renderWith = (ui: ReactNode, answer?: Answer) => renderWithApi(ui, i18nInstance, answer);

const badInput = (field: string) => () => ({ errors: [{ message: 'refused', extensions: { code: 'BAD_USER_INPUT', fields: [field] } }] });
const NOW = new Date('2026-05-10T09:00:00Z');

describe('declining a referral', () => {
  it('needs a reason, and sends nothing without one', async () => {
    const { sent, user } = renderWith(<DeclineForm referralId="r-1" onDone={() => undefined} onCancel={() => undefined} />);
    await user.type(screen.getByLabelText('Reason for declining'), '   ');
    await user.click(screen.getByRole('button', { name: 'Decline' }));
    expect(await screen.findByText(/Give the reason for declining/)).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('sends the reason with the decision, and shows the API refusal beside the field', async () => {
    const { sent, user } = renderWith(<DeclineForm referralId="r-1" onDone={() => undefined} onCancel={() => undefined} />, badInput('input.reason'));
    await user.type(screen.getByLabelText('Reason for declining'), ' No place for a child ');
    await user.click(screen.getByRole('button', { name: 'Decline' }));
    expect(await screen.findByText('This value is not accepted. Please check it.')).toBeTruthy();
    expect(sent[0]).toMatchObject({ operationName: 'CasesRespondToReferral', variables: { input: { referralId: 'r-1', decision: 'DECLINE', reason: 'No place for a child' } } });
  });
});

describe('admission', () => {
  it('refuses a day in the future and needs a placement', async () => {
    const { sent, user } = renderWith(<AdmitForm caseId="c-1" now={NOW} />);
    const day = screen.getByLabelText('Day the person arrived');
    await user.clear(day);
    await user.type(day, '2026-05-11');
    await user.click(screen.getByRole('button', { name: 'Admit' }));
    expect(await screen.findByText('This cannot be in the future.')).toBeTruthy();
    expect(screen.getByText('Choose one.')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('admits today a minute ago, so never in the future', async () => {
    const { sent, user } = renderWith(<AdmitForm caseId="c-1" now={NOW} />, () => ({ errors: [{ message: 'x', extensions: { code: 'CONFLICT' } }] }));
    await user.selectOptions(screen.getByLabelText('Placement'), 'RESIDENTIAL_SHELTER');
    await user.click(screen.getByRole('button', { name: 'Admit' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(sent[0]?.variables).toEqual({ input: { caseId: 'c-1', admittedAt: '2026-05-10T08:59:00.000Z', placementType: 'RESIDENTIAL_SHELTER' } });
  });
});

describe('a needs assessment', () => {
  const areas = [
    { area: 'LEGAL', label: 'Legal', summaryCodes: [{ code: 'NO_PROBLEMS', label: 'No problems' }, { code: 'PROBLEMS_IDENTIFIED', label: 'Problems identified' }] },
    { area: 'HEALTH', label: 'Health', summaryCodes: [{ code: 'GOOD', label: 'Good' }] },
  ];
  const problems = [{ code: 'FAMILY_LAW', label: 'Family law' }];

  it('needs a kind of legal problem when legal problems are identified', async () => {
    const { sent, user } = renderWith(<AssessmentForm caseId="c-1" areas={areas} legalProblems={problems} onRecorded={() => undefined} />);
    await user.selectOptions(screen.getByLabelText('Area'), 'LEGAL');
    await user.selectOptions(screen.getByLabelText('Summary'), 'PROBLEMS_IDENTIFIED');
    await user.click(screen.getByRole('button', { name: 'Record the assessment' }));
    expect(await screen.findByText('Choose at least one kind of legal problem.')).toBeTruthy();
    expect(sent).toEqual([]);
    await user.click(screen.getByText('Family law'));
    await user.click(screen.getByRole('button', { name: 'Record the assessment' }));
    await screen.findByText('The assessment is recorded.').catch(() => undefined);
    expect(sent[0]?.variables).toMatchObject({ input: { caseId: 'c-1', area: 'LEGAL', summary: 'PROBLEMS_IDENTIFIED', legalProblems: ['FAMILY_LAW'] } });
  });

  it('shows the API refusal of the summary beside it', async () => {
    const { user } = renderWith(<AssessmentForm caseId="c-1" areas={areas} legalProblems={problems} onRecorded={() => undefined} />, badInput('input.summary'));
    await user.selectOptions(screen.getByLabelText('Area'), 'HEALTH');
    await user.selectOptions(screen.getByLabelText('Summary'), 'GOOD');
    await user.click(screen.getByRole('button', { name: 'Record the assessment' }));
    expect(await screen.findByText('This value is not accepted. Please check it.')).toBeTruthy();
  });
});

describe('the reintegration plan editor', () => {
  it('needs an area, an objective and each action whole; a team member when a team member is responsible', async () => {
    const { sent, user } = renderWith(<PlanForm caseId="c-1" members={[{ value: 'u-1', label: 'psy.shelter-a' }]} onSaved={() => undefined} />);
    await user.click(screen.getByText('A team member'));
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    expect(await screen.findByText('Choose the team member responsible.')).toBeTruthy();
    expect(screen.getAllByText('This is required.').length).toBe(3);
    expect(screen.getByText('Enter a date.')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('refuses the same area twice', async () => {
    const { sent, user } = renderWith(<PlanForm caseId="c-1" members={[]} onSaved={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Add an objective' }));
    const areas = screen.getAllByLabelText('Area');
    await user.selectOptions(areas[0]!, 'EMPLOYMENT');
    await user.selectOptions(areas[1]!, 'EMPLOYMENT');
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    expect(await screen.findByText('Each area can have only one objective.')).toBeTruthy();
    expect(sent).toEqual([]);
  });
});

describe('a monitoring contact', () => {
  it('needs how and at least one area, and never a day in the future', async () => {
    const { sent, user } = renderWith(<MonitoringForm caseId="c-1" now={NOW} onRecorded={() => undefined} />);
    await user.type(screen.getByLabelText('Day of the contact (empty: today)'), '2026-06-01');
    await user.click(screen.getByRole('button', { name: 'Record the contact' }));
    expect(await screen.findByText('Choose at least one area discussed.')).toBeTruthy();
    expect(screen.getByText('Choose one.')).toBeTruthy();
    expect(screen.getByText('This cannot be in the future.')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('sends today as now (no contactedAt) and says when the next contact is due', async () => {
    const { sent, user } = renderWith(<MonitoringForm caseId="c-1" now={NOW} onRecorded={() => undefined} />, () => ({
      data: {
        recordMonitoringContact: {
          __typename: 'MonitoringContactRecorded',
          contact: { __typename: 'MonitoringContact', id: 'm-1', caseId: 'c-1', mode: 'PHONE', areas: ['HEALTH'], notes: null, contactedAt: NOW.toISOString(), phase: 'CRISIS_INTERVENTION' },
          nextContactDueAt: '2026-05-17T09:00:00Z',
        },
      },
    }));
    await user.click(screen.getByText('Phone'));
    await user.click(screen.getByText('Health'));
    await user.click(screen.getByRole('button', { name: 'Record the contact' }));
    expect(await screen.findByText(/Next contact due: 17 May 2026/)).toBeTruthy();
    expect(sent[0]?.variables).toEqual({ input: { caseId: 'c-1', mode: 'PHONE', areas: ['HEALTH'], contactedAt: null, notes: null } });
  });
});

describe('a complaint', () => {
  it('needs the channel, the addressee, the aspect and the words', async () => {
    const { sent, user } = renderWith(<ComplaintForm caseId="c-1" onLodged={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Record the complaint' }));
    expect((await screen.findAllByText('Choose one.')).length).toBe(3);
    expect(screen.getByText('This is required.')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('names no case when anonymous', async () => {
    const { sent, user } = renderWith(<ComplaintForm caseId="c-1" onLodged={() => undefined} />, badInput('input.description'));
    await user.click(screen.getByText('Anonymous (no case and no person recorded)'));
    await user.click(screen.getByText('Verbally'));
    await user.selectOptions(screen.getByLabelText('Addressed to'), 'STAFF');
    await user.selectOptions(screen.getByLabelText('About'), 'SAFETY');
    await user.type(screen.getByLabelText('The complaint, in the words given'), 'The door does not lock');
    await user.click(screen.getByRole('button', { name: 'Record the complaint' }));
    expect(await screen.findByText('This value is not accepted. Please check it.')).toBeTruthy();
    expect(sent[0]?.variables).toEqual({ input: { caseId: null, anonymous: true, channel: 'VERBAL', addressee: 'STAFF', aspect: 'SAFETY', description: 'The door does not lock' } });
  });
});

describe('closing a case', () => {
  it('needs the type and the review, then asks for confirmation before closing', async () => {
    const { sent, user } = renderWith(<ClosureForm caseId="c-1" status="FOLLOW_UP" />, () => ({ errors: [{ message: 'x', extensions: { code: 'CONFLICT' } }] }));
    await user.click(screen.getByRole('button', { name: 'Close the case…' }));
    expect(await screen.findByText('Write the closure review before closing the case.')).toBeTruthy();
    expect(screen.getByText('Choose one.')).toBeTruthy();
    await user.click(screen.getByText('Planned, agreed with the person'));
    await user.type(screen.getByLabelText('Closure review'), 'Goals met.');
    await user.click(screen.getByRole('button', { name: 'Close the case…' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(sent).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(sent).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Close the case…' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Close the case' }));
    expect(await screen.findByText('This conflicts with a record already made.')).toBeTruthy();
    expect(sent[0]?.variables).toEqual({ input: { caseId: 'c-1', closureType: 'PLANNED_MUTUAL', reviewNotes: 'Goals met.' } });
  });
});

describe('a plan version as a PDF', () => {
  it('shows progress while the PDF is made, then hands the browser a PDF Blob to download', async () => {
    const made: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (made.push(blob), 'blob:plan'), revokeObjectURL: () => undefined });
    const clicked: string[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    let answer: (value: { data: unknown }) => void = () => undefined;
    const plan = {
      __typename: 'ReintegrationPlanVersion',
      id: 'plan-1',
      caseId: 'c-1',
      version: 1,
      status: 'SIGNED',
      guardianRequired: false,
      personSignedAt: NOW.toISOString(),
      caseManagerSignedAt: NOW.toISOString(),
      guardianSignedAt: null,
      signedAt: NOW.toISOString(),
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      objectives: [],
    };
    // The PDF query answers only when the test says so, so the progress can be seen.
    const { sent, user } = renderWith(<PlanTab caseId="c-1" open plans={[plan as never]} isChild={false} loading={false} onSaved={() => undefined} />, (entry) =>
      entry.operationName === 'CasesPlanPdf' ? new Promise((resolve) => (answer = resolve)) : { data: { users: [] } },
    );
    await user.click(screen.getByRole('button', { name: 'Download version 1 as PDF (English)' }));
    expect(await screen.findByRole('progressbar', { name: 'Preparing the PDF…' })).toBeTruthy();
    answer({
      data: { reintegrationPlanPdf: { __typename: 'ReintegrationPlanPdf', filename: 'reintegration-plan-NRM-2026-000001-v1.pdf', contentType: 'application/pdf', base64: btoa('%PDF-1.7 test') } },
    });
    await waitFor(() => expect(clicked).toEqual(['reintegration-plan-NRM-2026-000001-v1.pdf']));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(made[0]?.type).toBe('application/pdf');
    // jsdom's Blob has no text(): read it as a browser would.
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(made[0]!);
    });
    expect(text).toBe('%PDF-1.7 test');
    expect(sent.find((entry) => entry.operationName === 'CasesPlanPdf')?.variables).toEqual({ planId: 'plan-1', locale: 'EN' });
    HTMLAnchorElement.prototype.click = originalClick;
  });
});
