import { AssessmentArea } from '@nrm/domain';
import { pdfText } from '@nrm/testing';
import { AREA_LABELS } from '../records/assessment-codes';
import { PLAN_PDF_LABELS, type PlanPdfLanguage } from './plan-pdf.labels';
import { planPdfFilename, type PlanPrinting, type PrintablePlan, renderPlanPdf } from './plan-pdf.renderer';
import { PlanResponsibleKind, PlanVersionStatus } from './reintegration-plan.model';

// Each read-back starts a node process for pdf-parse: seconds apiece on a loaded machine.
jest.setTimeout(60_000);

/** The text as a reader's viewer extracts it (pdf-parse). */
const textOf = (pdf: Buffer): Promise<string> => pdfText(pdf);

/** pdf-parse breaks lines where the layout wraps: compare with whitespace collapsed. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

const TEAM_MEMBER_ID = '00000000-0000-4000-8000-000000000010';

const PRINTABLE: PrintablePlan = {
  caseReference: 'NRM-2026-000417',
  plan: {
    version: 3,
    status: PlanVersionStatus.AWAITING_SIGNATURES,
    guardianRequired: true,
    personSignedAt: new Date('2026-11-20T09:30:00Z'),
    caseManagerSignedAt: null,
    guardianSignedAt: null,
    createdAt: new Date('2026-11-18T08:00:00Z'),
    updatedAt: new Date('2026-11-20T09:30:00Z'),
    objectives: [
      {
        area: AssessmentArea.EMPLOYMENT,
        objective: 'Gjen një punë të qëndrueshme',
        actions: [
          { description: 'Punëtori për CV-në', responsible: PlanResponsibleKind.PERSON, responsibleUserId: null, reviewDate: '2027-01-15', successIndicator: 'CV e gatshme' },
          {
            description: 'Contact three employers',
            responsible: PlanResponsibleKind.TEAM_MEMBER,
            responsibleUserId: TEAM_MEMBER_ID,
            reviewDate: '2027-02-01',
            successIndicator: 'Two interviews held',
          },
        ],
      },
      {
        area: AssessmentArea.HEALTH,
        objective: 'Regular check-ups',
        actions: [{ description: 'Register with a family doctor', responsible: PlanResponsibleKind.PERSON, responsibleUserId: null, reviewDate: '2026-12-20', successIndicator: 'Registered' }],
      },
    ],
  },
};

const printing = (language: PlanPdfLanguage): PlanPrinting => ({ language, generatedAt: new Date('2026-12-02T11:55:00Z'), generatedBy: 'cm.shelter-a' });

describe('the printable reintegration plan', () => {
  it.each<PlanPdfLanguage>(['en', 'sq'])('labels everything in %s and carries every value the plan holds', async (language) => {
    const pdf = await renderPlanPdf(PRINTABLE, printing(language));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = flat(await textOf(pdf));
    const labels = PLAN_PDF_LABELS[language];
    for (const label of [
      labels.title,
      labels.caseReference,
      labels.version,
      labels.statuses[PlanVersionStatus.AWAITING_SIGNATURES],
      labels.objective,
      labels.description,
      labels.responsible,
      labels.responsibleKinds.PERSON,
      labels.responsibleKinds.TEAM_MEMBER,
      labels.reviewDate,
      labels.successIndicator,
      labels.signatures,
      labels.signatories.CASE_MANAGER,
      labels.signatories.GUARDIAN,
      labels.notSigned,
      labels.generatedAt,
      labels.generatedBy,
      AREA_LABELS[AssessmentArea.EMPLOYMENT][language],
      AREA_LABELS[AssessmentArea.HEALTH][language],
    ]) {
      expect({ label, found: text.includes(label) }).toEqual({ label, found: true });
    }
    for (const value of [
      'NRM-2026-000417',
      'Gjen një punë të qëndrueshme',
      'Punëtori për CV-në',
      'CV e gatshme',
      'Contact three employers',
      TEAM_MEMBER_ID,
      'Two interviews held',
      '2027-01-15',
      '2027-02-01',
      '2026-12-20',
      'Register with a family doctor',
      '2026-11-20 09:30 UTC',
      '2026-12-02 11:55 UTC',
      'cm.shelter-a',
    ]) {
      expect({ value, found: text.includes(value) }).toEqual({ value, found: true });
    }
    expect(text).toContain(`${labels.page} 1 / 1`);
  });

  it('prints each language in its own words only', async () => {
    const english = flat(await textOf(await renderPlanPdf(PRINTABLE, printing('en'))));
    const albanian = flat(await textOf(await renderPlanPdf(PRINTABLE, printing('sq'))));
    expect(english).not.toContain(PLAN_PDF_LABELS.sq.title);
    expect(english).not.toContain(PLAN_PDF_LABELS.sq.reviewDate);
    expect(albanian).not.toContain(PLAN_PDF_LABELS.en.title);
    expect(albanian).not.toContain(PLAN_PDF_LABELS.en.reviewDate);
  });

  it('gives the same bytes for the same plan and printing, and other bytes for another printing time', async () => {
    const first = await renderPlanPdf(PRINTABLE, printing('sq'));
    const second = await renderPlanPdf(PRINTABLE, printing('sq'));
    expect(first.equals(second)).toBe(true);
    const later = await renderPlanPdf(PRINTABLE, { ...printing('sq'), generatedAt: new Date('2026-12-02T12:00:00Z') });
    expect(later.equals(first)).toBe(false);
  });

  it('keeps the reference, the staff member and the plan out of the metadata', async () => {
    const pdf = (await renderPlanPdf(PRINTABLE, printing('en'))).toString('latin1');
    // The metadata is the document's title and the producer; the content streams are compressed, so nothing of the
    // plan, the case or the staff member reads in the raw file.
    expect(pdf).toContain('(Reintegration plan)');
    expect(pdf).toContain('/Producer');
    for (const personal of ['NRM-2026-000417', 'cm.shelter-a', 'Contact three employers', '/Author', '/Subject', '/Keywords']) {
      expect({ personal, found: pdf.includes(personal) }).toEqual({ personal, found: false });
    }
  });

  it('runs onto further pages, numbering each, and says when a version holds no objectives', async () => {
    const long: PrintablePlan = {
      ...PRINTABLE,
      plan: {
        ...PRINTABLE.plan,
        objectives: Object.values(AssessmentArea).map((area) => ({
          area,
          objective: `Objective of ${area}`,
          actions: Array.from({ length: 4 }, (_, index) => ({
            description: `Step ${index + 1} of ${area}`,
            responsible: PlanResponsibleKind.PERSON,
            responsibleUserId: null,
            reviewDate: '2027-03-01',
            successIndicator: 'Done',
          })),
        })),
      },
    };
    const text = flat(await textOf(await renderPlanPdf(long, printing('en'))));
    const pages = /Page 1 \/ (\d+)/.exec(text);
    expect(Number(pages?.[1])).toBeGreaterThan(1);
    expect(text).toContain(`Page ${pages?.[1]} / ${pages?.[1]}`);
    expect(text).toContain(`Step 4 of ${AssessmentArea.EMPLOYMENT}`);

    const erased = flat(await textOf(await renderPlanPdf({ ...PRINTABLE, plan: { ...PRINTABLE.plan, objectives: [] } }, printing('sq'))));
    expect(erased).toContain(PLAN_PDF_LABELS.sq.noObjectives);
  });

  it('names the file by the case reference and version, in safe characters', () => {
    expect(planPdfFilename('NRM-2026-000417', 2)).toBe('reintegration-plan-NRM-2026-000417-v2.pdf');
    expect(planPdfFilename('../x y', 1)).toBe('reintegration-plan-_x_y-v1.pdf');
  });
});
