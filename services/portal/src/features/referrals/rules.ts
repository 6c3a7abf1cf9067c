import { z } from '../../zod';

/**
 * The rules of the referral feature's forms, as the API applies them (docs/api.md, "Referral service" and
 * "Formal-identification service"), checked here first so the RA sees them beside the field before anything is sent.
 * Each message is a translation key under `referrals.rules.`.
 */

/** Provider service codes: what `providerMatches(needs)` ranks by (docs/api.md, "Input and result shapes"). */
export const SERVICE_CODES = ['ACCOMMODATION', 'MEDICAL', 'PSYCHOLOGICAL', 'LEGAL', 'EDUCATION', 'VOCATIONAL', 'INTERPRETER', 'SECURITY', 'FAMILY_TRACING', 'REPATRIATION'] as const;

/** The service a first responder's immediate need calls for; food, clothing and accompanying children come with a place. */
const SERVICE_OF_NEED: Record<string, (typeof SERVICE_CODES)[number]> = {
  SAFE_ACCOMMODATION: 'ACCOMMODATION',
  FOOD: 'ACCOMMODATION',
  CLOTHING: 'ACCOMMODATION',
  ACCOMPANYING_CHILDREN: 'ACCOMMODATION',
  MEDICAL: 'MEDICAL',
  PSYCHOLOGICAL: 'PSYCHOLOGICAL',
  SECURITY: 'SECURITY',
  INTERPRETER: 'INTERPRETER',
};

/** The services the person's recorded immediate needs call for: the needs the RA starts matching with. */
export function servicesForNeeds(needs: readonly string[]): string[] {
  const services = new Set(needs.map((need) => SERVICE_OF_NEED[need]).filter((service): service is (typeof SERVICE_CODES)[number] => Boolean(service)));
  return SERVICE_CODES.filter((code) => services.has(code));
}

/** An over-capacity agreement's reference: a code such as the RA's protocol number, never free text. */
export const AGREEMENT_REFERENCE = /^[A-Za-z0-9/_.-]{1,64}$/;

/** What the form needs to know of each provider match to judge a choice. */
export interface MatchChoice {
  providerId: string;
  agencyId: string;
  eligible: boolean;
  overCapacityPossible: boolean;
}

export function referralFormSchema(matches: readonly MatchChoice[]) {
  return z
    .object({
      providerId: z.string().min(1, 'referrals.rules.providerRequired'),
      priority: z.enum(['NORMAL', 'URGENT'], { error: 'referrals.rules.priorityRequired' }),
      optionsOffered: z.array(z.string()),
      agreementReference: z.string(),
    })
    .superRefine((value, context) => {
      if (!value.providerId) return;
      const chosen = matches.find((match) => match.providerId === value.providerId);
      if (!chosen || (!chosen.eligible && !chosen.overCapacityPossible)) {
        context.addIssue({ code: 'custom', path: ['providerId'], message: 'referrals.rules.providerNotReferable' });
        return;
      }
      if (!chosen.eligible && chosen.overCapacityPossible) {
        const reference = value.agreementReference.trim();
        if (!reference) context.addIssue({ code: 'custom', path: ['agreementReference'], message: 'referrals.rules.agreementRequired' });
        else if (!AGREEMENT_REFERENCE.test(reference)) context.addIssue({ code: 'custom', path: ['agreementReference'], message: 'referrals.rules.agreementFormat' });
      }
    });
}

export type ReferralFormValues = z.infer<ReturnType<typeof referralFormSchema>>;

export const EMPTY_REFERRAL_FORM: ReferralFormValues = { providerId: '', priority: 'NORMAL', optionsOffered: [], agreementReference: '' };

/** The createReferral input: the chosen provider is always among those offered; an agreement only for a full provider. */
export function createReferralInput(personId: string, values: ReferralFormValues, matches: readonly MatchChoice[], transferFromReferralId?: string) {
  const chosen = matches.find((match) => match.providerId === values.providerId);
  const offered = [values.providerId, ...values.optionsOffered.filter((id) => id !== values.providerId)];
  const needsAgreement = chosen !== undefined && !chosen.eligible && chosen.overCapacityPossible;
  return {
    personId,
    providerId: values.providerId,
    urgent: values.priority === 'URGENT',
    optionsOffered: offered,
    ...(transferFromReferralId ? { transferFromReferralId } : {}),
    ...(needsAgreement ? { overCapacityAgreement: { reference: values.agreementReference.trim(), agreedWith: chosen.agencyId } } : {}),
  };
}

/** The form field that shows an API error naming an input path of createReferral; undefined: above the form. */
export function referralFieldOfPath(path: string): keyof ReferralFormValues | undefined {
  if (path === 'input.providerId') return 'providerId';
  if (path === 'input.urgent') return 'priority';
  if (path.startsWith('input.optionsOffered')) return 'optionsOffered';
  if (path.startsWith('input.overCapacityAgreement')) return 'agreementReference';
  return undefined;
}

/** Withdrawal reasons: codes, never free text about the person. */
export const WITHDRAWAL_REASONS = ['PERSON_WITHDREW', 'PERSON_CHOSE_ANOTHER_PROVIDER', 'PERSON_UNREACHABLE', 'NEEDS_CHANGED', 'NO_ANSWER_IN_TIME', 'ENTERED_IN_ERROR'] as const;

export const withdrawFormSchema = z.object({
  reason: z.enum(WITHDRAWAL_REASONS, { error: 'referrals.rules.reasonRequired' }),
});
export type WithdrawFormValues = z.input<typeof withdrawFormSchema>;

/** An adult needs the signed statement of willingness; a child is asked none (the API ignores it). */
export function formalIdentificationSchema(isChild: boolean) {
  return z.object({ statementOfWillingness: z.boolean() }).superRefine((value, context) => {
    if (!isChild && !value.statementOfWillingness) context.addIssue({ code: 'custom', path: ['statementOfWillingness'], message: 'referrals.rules.statementRequired' });
  });
}
export type FormalIdentificationValues = { statementOfWillingness: boolean };

export function formalIdentificationInput(personId: string, isChild: boolean, values: FormalIdentificationValues) {
  return isChild ? { personId } : { personId, statementOfWillingness: values.statementOfWillingness };
}
