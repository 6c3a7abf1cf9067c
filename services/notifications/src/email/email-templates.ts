import { DeadlineKind } from '../deadline/deadline-kind';
import { NotificationKind } from '../notification/notification-kind';
import type { NotificationUrgency } from '../notification/notification-urgency';

export type MailLocale = 'en' | 'sq';
export const MAIL_LOCALES: readonly MailLocale[] = ['en', 'sq'];


/** What an e-mail is made of: references and kinds only, never a name or anything else that identifies the person. */
export interface MailFacts {
  kind: NotificationKind;
  subjectRef: string;
  deadlineKind: DeadlineKind | null;
  urgency: NotificationUrgency | null;
  dueAt: Date | null;
}

export interface MailContent {
  subject: string;
  text: string;
}

interface Wording {
  brand: string;
  urgentTag: Record<'CHILD' | 'URGENT_REFERRAL' | 'OVERDUE' | 'URGENT_FINDING', string>;
  kinds: Record<NotificationKind, { what: string; todo: string }>;
  deadlines: Record<DeadlineKind, string>;
  reference: string;
  due: string;
  open: string;
  footer: string;
}

/** Albanian terms from the NRM glossary (Mekanizmi Kombëtar i Referimit, Autoriteti Përgjegjës, referim, rast…). */
const WORDING: Record<MailLocale, Wording> = {
  en: {
    brand: 'NRM',
    urgentTag: { CHILD: 'Child', URGENT_REFERRAL: 'Urgent referral', OVERDUE: 'Overdue', URGENT_FINDING: 'Urgent' },
    kinds: {
      NEW_IDENTIFICATION: { what: 'New initial identification', todo: 'Acknowledge the identification and start the referral.' },
      ANONYMOUS_IDENTIFICATION: { what: 'New anonymous identification', todo: 'Acknowledge the identification.' },
      REFERRAL_RECEIVED: { what: 'Referral received', todo: 'Accept or decline the referral before its deadline.' },
      REFERRAL_ACCEPTED: { what: 'Referral accepted', todo: 'Read the answer of the service provider.' },
      REFERRAL_DECLINED: { what: 'Referral declined', todo: 'Refer the person to another service provider.' },
      REFERRAL_WITHDRAWN: { what: 'Referral withdrawn', todo: 'Nothing more to decide on this referral.' },
      PLACEMENT_TRANSFERRED: { what: 'Placement transferred', todo: 'The case is closed as referred on; read the details.' },
      CHILD_REGION_WITHOUT_UNIT: { what: 'Child identified in a region without a child protection unit', todo: 'Make sure a child protection worker takes part.' },
      CONSENT_WITHDRAWN: { what: 'Consent withdrawn', todo: 'Stop relying on what the withdrawn consent opened.' },
      AGE_VERIFIED: { what: 'Age verified', todo: 'Read the outcome of the age verification.' },
      INTERVIEW_RECORDED: { what: 'Interview recorded', todo: 'The person may now be referred.' },
      FORMAL_ID_GROUP_SCHEDULED: { what: 'Formal identification group scheduled', todo: 'Take part in the formal identification group at the time set.' },
      FORMAL_ID_CONCLUDED: { what: 'Formal identification concluded', todo: 'Read the conclusion of the formal identification group.' },
      CRIMINAL_REPORT_RECORDED: { what: 'Criminal report recorded', todo: 'Read the criminal report.' },
      REFLECTION_PERIOD_STARTED: { what: 'Reflection period started', todo: 'Follow the reflection period until it ends.' },
      RESIDENCE_PERMIT_RECORDED: { what: 'Residence permit recorded', todo: 'Follow the residence permit until it expires.' },
      NEEDS_ASSESSMENT_DUE: { what: 'Needs assessment due', todo: 'Complete the needs assessment before its deadline.' },
      URGENT_SUICIDE_RISK: { what: 'Urgent needs assessment finding', todo: 'Act at once on the finding of the needs assessment.' },
      DEADLINE_REMINDER: { what: 'Deadline approaching', todo: 'Complete the work before the deadline.' },
      DEADLINE_ESCALATED: { what: 'Deadline missed', todo: 'The deadline has passed: see that the work is done now.' },
    },
    deadlines: {
      RA_ACKNOWLEDGEMENT: 'acknowledging a new identification',
      REFERRAL_RESPONSE: 'answering a referral',
      FORMAL_ID_GROUP: 'convening the formal identification group',
      NEEDS_ASSESSMENT: 'the needs assessment',
      REFLECTION_PERIOD_END: 'the end of the reflection period',
      RESIDENCE_PERMIT_EXPIRY: 'the expiry of the residence permit',
      MONITORING_CONTACT: 'the next monitoring contact',
      PLAN_ACTION_REVIEW: 'the review of a reintegration plan action',
      OVERRIDE_REVIEW: 'the review of a legal basis override',
    },
    reference: 'Reference',
    due: 'Deadline',
    open: 'Open in the portal',
    footer: 'This e-mail carries no personal data. Sign in to the portal to see the case. Your e-mail preferences are set in the portal.',
  },
  sq: {
    brand: 'MKR',
    urgentTag: { CHILD: 'Fëmijë', URGENT_REFERRAL: 'Referim urgjent', OVERDUE: 'Me afat të kaluar', URGENT_FINDING: 'Urgjent' },
    kinds: {
      NEW_IDENTIFICATION: { what: 'Identifikim paraprak i ri', todo: 'Konfirmoni identifikimin dhe filloni referimin.' },
      ANONYMOUS_IDENTIFICATION: { what: 'Identifikim anonim i ri', todo: 'Konfirmoni identifikimin.' },
      REFERRAL_RECEIVED: { what: 'Referim i marrë', todo: 'Pranoni ose refuzoni referimin brenda afatit.' },
      REFERRAL_ACCEPTED: { what: 'Referimi u pranua', todo: 'Lexoni përgjigjen e ofruesit të shërbimit.' },
      REFERRAL_DECLINED: { what: 'Referimi u refuzua', todo: 'Referojeni personin te një ofrues tjetër shërbimi.' },
      REFERRAL_WITHDRAWN: { what: 'Referimi u tërhoq', todo: 'Nuk ka më asgjë për të vendosur për këtë referim.' },
      PLACEMENT_TRANSFERRED: { what: 'Vendosja u transferua', todo: 'Rasti mbyllet si i referuar tjetërkund; lexoni hollësitë.' },
      CHILD_REGION_WITHOUT_UNIT: {
        what: 'Fëmijë i identifikuar në një rajon pa Njësi për Mbrojtjen e Fëmijës',
        todo: 'Siguroni që një punonjës për mbrojtjen e fëmijës të marrë pjesë.',
      },
      CONSENT_WITHDRAWN: { what: 'Pëlqimi u tërhoq', todo: 'Mos u mbështetni më te ajo që hapi pëlqimi i tërhequr.' },
      AGE_VERIFIED: { what: 'Mosha u verifikua', todo: 'Lexoni përfundimin e verifikimit të moshës.' },
      INTERVIEW_RECORDED: { what: 'Intervista u regjistrua', todo: 'Personi tani mund të referohet.' },
      FORMAL_ID_GROUP_SCHEDULED: { what: 'Grupi i identifikimit formal u caktua', todo: 'Merrni pjesë në grupin e identifikimit formal në kohën e caktuar.' },
      FORMAL_ID_CONCLUDED: { what: 'Identifikimi formal përfundoi', todo: 'Lexoni përfundimin e grupit të identifikimit formal.' },
      CRIMINAL_REPORT_RECORDED: { what: 'Kallëzimi penal u regjistrua', todo: 'Lexoni kallëzimin penal.' },
      REFLECTION_PERIOD_STARTED: { what: 'Periudha e reflektimit filloi', todo: 'Ndiqni periudhën e reflektimit deri në përfundim.' },
      RESIDENCE_PERMIT_RECORDED: { what: 'Leja e qëndrimit u regjistrua', todo: 'Ndiqni lejen e qëndrimit deri në skadim.' },
      NEEDS_ASSESSMENT_DUE: { what: 'Vlerësimi i nevojave është në afat', todo: 'Plotësoni vlerësimin e nevojave brenda afatit.' },
      URGENT_SUICIDE_RISK: { what: 'Gjetje urgjente në vlerësimin e nevojave', todo: 'Veproni menjëherë për gjetjen e vlerësimit të nevojave.' },
      DEADLINE_REMINDER: { what: 'Afati po afrohet', todo: 'Përfundoni punën brenda afatit.' },
      DEADLINE_ESCALATED: { what: 'Me afat të kaluar', todo: 'Afati ka kaluar: siguroni që puna të kryhet tani.' },
    },
    deadlines: {
      RA_ACKNOWLEDGEMENT: 'konfirmimi i një identifikimi të ri',
      REFERRAL_RESPONSE: 'përgjigjja ndaj një referimi',
      FORMAL_ID_GROUP: 'mbledhja e grupit të identifikimit formal',
      NEEDS_ASSESSMENT: 'vlerësimi i nevojave',
      REFLECTION_PERIOD_END: 'përfundimi i periudhës së reflektimit',
      RESIDENCE_PERMIT_EXPIRY: 'skadimi i lejes së qëndrimit',
      MONITORING_CONTACT: 'kontakti i radhës i monitorimit',
      PLAN_ACTION_REVIEW: 'rishikimi i një veprimi të planit të riintegrimit',
      OVERRIDE_REVIEW: 'rishikimi i një qasjeje me bazë ligjore pa pëlqim',
    },
    reference: 'Referenca',
    due: 'Afati',
    open: 'Hapeni në portal',
    footer: 'Ky e-mail nuk mban të dhëna personale. Hyni në portal për të parë rastin. Preferencat e e-mailit caktohen në portal.',
  },
};

/** The urgency shown first in the subject: a child, an urgent referral, an overdue item or an urgent finding. */
export function urgencyOf(facts: Pick<MailFacts, 'kind' | 'urgency'>): keyof Wording['urgentTag'] | null {
  if (facts.kind === NotificationKind.DEADLINE_ESCALATED) return 'OVERDUE';
  if (facts.kind === NotificationKind.URGENT_SUICIDE_RISK) return 'URGENT_FINDING';
  if (facts.kind === NotificationKind.CHILD_REGION_WITHOUT_UNIT) return 'CHILD';
  return facts.urgency;
}

/** The e-mail of one notification in one language; `portalUrl` is where the recipient acts (their notifications page). */
export function composeMail(facts: MailFacts, locale: MailLocale, portalUrl: string): MailContent {
  const words = WORDING[locale];
  const kind = words.kinds[facts.kind];
  const urgency = urgencyOf(facts);
  const about = facts.deadlineKind ? `${kind.what}: ${words.deadlines[facts.deadlineKind]}` : kind.what;
  const tag = urgency ? `[${words.urgentTag[urgency]}] ` : '';
  const link = `${portalUrl.replace(/\/$/, '')}/notifications`;
  const lines = [
    `${tag}${about}`,
    '',
    `${words.reference}: ${facts.subjectRef}`,
    ...(facts.dueAt ? [`${words.due}: ${facts.dueAt.toISOString().replace('T', ' ').slice(0, 16)} UTC`] : []),
    '',
    kind.todo,
    '',
    `${words.open}: ${link}`,
    '',
    '--',
    words.footer,
  ];
  return { subject: `${words.brand} · ${tag}${about} · ${facts.subjectRef}`, text: lines.join('\n') };
}
