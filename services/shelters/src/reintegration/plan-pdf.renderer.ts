import PDFDocument from 'pdfkit';
import { AREA_LABELS } from '../records/assessment-codes';
import { PLAN_PDF_LABELS, type PlanPdfLabels, type PlanPdfLanguage } from './plan-pdf.labels';
import { PlanResponsibleKind, PlanSignatory, type PlanObjective, type ReintegrationPlanVersion } from './reintegration-plan.model';

export const PLAN_PDF_CONTENT_TYPE = 'application/pdf';

/** What the printed plan shows: one version as the plan holds it, under the case's NRM reference (never a name). */
export interface PrintablePlan {
  caseReference: string;
  plan: Pick<
    ReintegrationPlanVersion,
    'version' | 'status' | 'objectives' | 'guardianRequired' | 'personSignedAt' | 'caseManagerSignedAt' | 'guardianSignedAt' | 'createdAt' | 'updatedAt'
  >;
}

/** Who printed it and when: stated on the page, kept out of the file's metadata. */
export interface PlanPrinting {
  language: PlanPdfLanguage;
  generatedAt: Date;
  /** The staff member's username, from their token. */
  generatedBy: string;
}

const MARGIN = 50;
const FOOTER_HEIGHT = 30;
const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/** A time as `YYYY-MM-DD HH:MM UTC`: one reading in every language, whatever the server's zone. */
function formatTime(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * The file's name: the case reference (an NRM reference, never personal data) and the version, in characters every
 * file system accepts.
 */
export function planPdfFilename(caseReference: string, version: number): string {
  const reference = caseReference.replace(/[^A-Za-z0-9-]+/g, '_') || 'case';
  return `reintegration-plan-${reference}-v${version}.pdf`;
}

/**
 * Renders one version of a reintegration plan as a PDF (A4, pdfkit's built-in Helvetica, which carries the Albanian
 * letters ë and ç). Deterministic: the same plan and printing give the same bytes (the creation date is the printing
 * time, and pdfkit derives the file id from the metadata). The metadata names the document only: no reference, no
 * person, no staff member.
 */
export function renderPlanPdf(printable: PrintablePlan, printing: PlanPrinting): Promise<Buffer> {
  const labels = PLAN_PDF_LABELS[printing.language];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_HEIGHT },
    bufferPages: true,
    lang: printing.language,
    displayTitle: true,
    info: { Title: labels.title, Producer: 'NRM', Creator: 'NRM', CreationDate: printing.generatedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  header(doc, labels, printable, printing);
  objectives(doc, labels, printing.language, printable.plan.objectives);
  signatures(doc, labels, printable.plan);
  footers(doc, labels);
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;

function field(doc: Doc, label: string, value: string): void {
  doc.font(BOLD).fontSize(10).text(`${label}: `, { continued: true }).font(REGULAR).text(value);
}

function header(doc: Doc, labels: PlanPdfLabels, printable: PrintablePlan, printing: PlanPrinting): void {
  const { plan } = printable;
  doc.font(BOLD).fontSize(18).text(labels.title);
  doc.moveDown(0.5);
  field(doc, labels.caseReference, printable.caseReference);
  field(doc, labels.version, String(plan.version));
  field(doc, labels.status, labels.statuses[plan.status]);
  field(doc, labels.createdAt, formatTime(plan.createdAt));
  field(doc, labels.updatedAt, formatTime(plan.updatedAt));
  field(doc, labels.generatedAt, formatTime(printing.generatedAt));
  field(doc, labels.generatedBy, printing.generatedBy);
  doc.moveDown(1);
}

function objectives(doc: Doc, labels: PlanPdfLabels, language: PlanPdfLanguage, entries: readonly PlanObjective[]): void {
  doc.font(BOLD).fontSize(14).text(labels.objectives);
  doc.moveDown(0.5);
  if (entries.length === 0) {
    // An erased person's plan keeps its versions and signatures, without objectives.
    doc.font(REGULAR).fontSize(10).text(labels.noObjectives);
    doc.moveDown(1);
    return;
  }
  entries.forEach((entry, index) => {
    doc.font(BOLD).fontSize(12).text(`${index + 1}. ${labels.area}: ${AREA_LABELS[entry.area][language]}`);
    doc.moveDown(0.25);
    field(doc, labels.objective, entry.objective);
    entry.actions.forEach((action, actionIndex) => {
      doc.moveDown(0.4);
      doc.font(BOLD).fontSize(10).text(`${labels.action} ${index + 1}.${actionIndex + 1}`, { indent: 15 });
      const responsible =
        action.responsible === PlanResponsibleKind.TEAM_MEMBER && action.responsibleUserId
          ? `${labels.responsibleKinds[action.responsible]} (${labels.userId} ${action.responsibleUserId})`
          : labels.responsibleKinds[action.responsible];
      for (const [label, value] of [
        [labels.description, action.description],
        [labels.responsible, responsible],
        [labels.reviewDate, action.reviewDate],
        [labels.successIndicator, action.successIndicator],
      ] as const) {
        doc.font(BOLD).fontSize(10).text(`${label}: `, MARGIN + 30, undefined, { continued: true }).font(REGULAR).text(value);
      }
      doc.x = MARGIN;
    });
    doc.moveDown(1);
  });
}

function signatures(doc: Doc, labels: PlanPdfLabels, plan: PrintablePlan['plan']): void {
  doc.x = MARGIN;
  doc.font(BOLD).fontSize(14).text(labels.signatures);
  doc.moveDown(0.5);
  const signedOn = (at: Date | null): string => (at ? `${labels.signedOn} ${formatTime(at)}` : labels.notSigned);
  field(doc, labels.signatories[PlanSignatory.PERSON], signedOn(plan.personSignedAt));
  field(doc, labels.signatories[PlanSignatory.CASE_MANAGER], signedOn(plan.caseManagerSignedAt));
  field(doc, labels.signatories[PlanSignatory.GUARDIAN], plan.guardianRequired ? signedOn(plan.guardianSignedAt) : labels.guardianNotRequired);
}

/** "Confidential … Page n / N" at the foot of every page, written once every page exists. */
function footers(doc: Doc, labels: PlanPdfLabels): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Inside the bottom margin: writing there must not open a new page.
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(8)
      .text(`${labels.confidential}. ${labels.page} ${index + 1} / ${range.count}`, MARGIN, doc.page.height - MARGIN - 10, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
