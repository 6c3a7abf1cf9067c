import { PlanResponsibleKind, PlanSignatory, PlanVersionStatus } from './reintegration-plan.model';

/*
 * The labels of the printable reintegration plan, in every language it is printed in: this file is the one translation
 * table of the document (the areas keep their labels of the assessment vocabulary, AREA_LABELS). Albanian terms follow
 * docs/domain.md §7 ("plan riintegrimi", "menaxher rasti", "kujdestar", "ekip multidisiplinar"); a native speaker
 * reviews this file before a country deploys it. Each language must label every key (the types make a missing label
 * a compile error).
 */

/** The languages a plan is printed in. */
export type PlanPdfLanguage = 'en' | 'sq';

export interface PlanPdfLabels {
  /** The document's title, also its PDF metadata title (no personal data). */
  title: string;
  caseReference: string;
  version: string;
  status: string;
  statuses: Readonly<Record<PlanVersionStatus, string>>;
  createdAt: string;
  updatedAt: string;
  objectives: string;
  area: string;
  objective: string;
  action: string;
  description: string;
  responsible: string;
  responsibleKinds: Readonly<Record<PlanResponsibleKind, string>>;
  /** Before the directory user id of a TEAM_MEMBER action. */
  userId: string;
  reviewDate: string;
  successIndicator: string;
  noObjectives: string;
  signatures: string;
  signatories: Readonly<Record<PlanSignatory, string>>;
  signedOn: string;
  notSigned: string;
  guardianNotRequired: string;
  generatedAt: string;
  generatedBy: string;
  /** The footer of every page, before "page n / N". */
  confidential: string;
  page: string;
}

const EN: PlanPdfLabels = {
  title: 'Reintegration plan',
  caseReference: 'Case reference',
  version: 'Version',
  status: 'Status',
  statuses: {
    [PlanVersionStatus.DRAFT]: 'Draft',
    [PlanVersionStatus.AWAITING_SIGNATURES]: 'Awaiting signatures',
    [PlanVersionStatus.SIGNED]: 'Signed',
  },
  createdAt: 'Created on',
  updatedAt: 'Last changed on',
  objectives: 'Objectives and actions',
  area: 'Area',
  objective: 'Objective',
  action: 'Action',
  description: 'What will be done',
  responsible: 'Responsible',
  responsibleKinds: {
    [PlanResponsibleKind.PERSON]: 'The person',
    [PlanResponsibleKind.TEAM_MEMBER]: 'Member of the multidisciplinary team',
  },
  userId: 'user',
  reviewDate: 'Review date',
  successIndicator: 'Indicator of success',
  noObjectives: 'No objectives are recorded in this version.',
  signatures: 'Signatures',
  signatories: {
    [PlanSignatory.PERSON]: 'The person',
    [PlanSignatory.CASE_MANAGER]: 'Case manager',
    [PlanSignatory.GUARDIAN]: 'Parent or guardian',
  },
  signedOn: 'Signed on',
  notSigned: 'Not signed',
  guardianNotRequired: 'Not required (the person is an adult)',
  generatedAt: 'Printed on',
  generatedBy: 'Printed by',
  confidential: 'Confidential: National Referral Mechanism (NRM)',
  page: 'Page',
};

const SQ: PlanPdfLabels = {
  title: 'Plan riintegrimi',
  caseReference: 'Referenca e rastit',
  version: 'Versioni',
  status: 'Statusi',
  statuses: {
    [PlanVersionStatus.DRAFT]: 'Projekt',
    [PlanVersionStatus.AWAITING_SIGNATURES]: 'Në pritje të nënshkrimeve',
    [PlanVersionStatus.SIGNED]: 'I nënshkruar',
  },
  createdAt: 'Krijuar më',
  updatedAt: 'Ndryshuar së fundi më',
  objectives: 'Objektivat dhe veprimet',
  area: 'Fusha',
  objective: 'Objektivi',
  action: 'Veprimi',
  description: 'Çfarë do të bëhet',
  responsible: 'Përgjegjës',
  responsibleKinds: {
    [PlanResponsibleKind.PERSON]: 'Personi',
    [PlanResponsibleKind.TEAM_MEMBER]: 'Anëtar i ekipit multidisiplinar',
  },
  userId: 'përdoruesi',
  reviewDate: 'Data e rishikimit',
  successIndicator: 'Treguesi i suksesit',
  noObjectives: 'Ky version nuk ka objektiva të regjistruar.',
  signatures: 'Nënshkrimet',
  signatories: {
    [PlanSignatory.PERSON]: 'Personi',
    [PlanSignatory.CASE_MANAGER]: 'Menaxheri i rastit',
    [PlanSignatory.GUARDIAN]: 'Prindi ose kujdestari',
  },
  signedOn: 'Nënshkruar më',
  notSigned: 'Pa nënshkruar',
  guardianNotRequired: 'Nuk kërkohet (personi është i rritur)',
  generatedAt: 'Shtypur më',
  generatedBy: 'Shtypur nga',
  confidential: 'Konfidencial: Mekanizmi Kombëtar i Referimit (MKR)',
  page: 'Faqja',
};

export const PLAN_PDF_LABELS: Readonly<Record<PlanPdfLanguage, PlanPdfLabels>> = { en: EN, sq: SQ };
