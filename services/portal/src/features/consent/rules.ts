import { z } from '../../zod';

/**
 * The forms' own rules, checked before anything is sent. They repeat the API's simplest checks so a mistake is named at
 * once; the API checks everything again (what a purpose may open to the grantee's type included) and its answer, shown
 * beside the field it names, is the one that counts. Messages are translation keys under `consent.rules.`.
 */

export const CATEGORIES = ['SUMMARY', 'IDENTITY', 'CONTACT_LOCATION', 'TRAFFICKING_EXPERIENCE', 'HEALTH', 'PSYCHOSOCIAL', 'LEGAL', 'FAMILY', 'EDUCATION_EMPLOYMENT'] as const;
export const PURPOSES = ['REFERRAL_ASSISTANCE', 'FORMAL_IDENTIFICATION', 'LAW_ENFORCEMENT_COOPERATION', 'HEALTH_CARE', 'RESEARCH_ANONYMISED'] as const;
export const GIVERS = ['PERSON', 'GUARDIAN', 'CHILD_PROTECTION_WORKER'] as const;
/** Agency types a grant may name; the oversight, statistics and platform agencies receive no person's data. */
export const GRANTEE_AGENCY_TYPES = [
  'STATE_POLICE',
  'BORDER_POLICE',
  'LABOUR_INSPECTORATE',
  'SOCIAL_SERVICES',
  'SCHOOL',
  'HEALTH',
  'NGO',
  'CONSULAR',
  'CHILD_PROTECTION_UNIT',
  'REGIONAL_SOCIAL_SERVICE',
  'SHELTER_NGO',
  'SHELTER_STATE',
] as const;
export const REQUESTERS = ['PERSON', 'LEGAL_REPRESENTATIVE'] as const;
export const IDENTITY_CHECKS = ['IDENTITY_DOCUMENT_SEEN', 'KNOWN_TO_STAFF', 'CONFIRMED_BY_CASE_MANAGER', 'LEGAL_REPRESENTATIVE_MANDATE_SEEN'] as const;
export const DOCUMENT_LANGUAGES = ['SQ', 'EN'] as const;

/** The signed form's or the request's reference (e.g. CF-2026-0042, SAR-2026-0012): a code, never a name. */
const REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{1,63}$/;
/** A written reason counts its letters, as the API does: punctuation and digits are not a reason. */
const REASON_MIN_LETTERS = 10;
const REASON_MAX_LENGTH = 4000;

const reference = z.string().trim().min(1, 'consent.rules.required').regex(REFERENCE_PATTERN, 'consent.rules.reference');

/** The last instant of a calendar day (YYYY-MM-DD) in the user's time zone, as an ISO instant. */
export function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59.999`).toISOString();
}

export function grantSchema(now: () => Date) {
  const grant = {
    purpose: z.enum(PURPOSES, 'consent.rules.required'),
    categories: z.array(z.enum(CATEGORIES)).min(1, 'consent.rules.categories'),
    givenBy: z.enum(GIVERS, 'consent.rules.required'),
    evidenceReference: reference,
    expiresOn: z.string().refine((value) => value === '' || new Date(endOfDay(value)) > now(), 'consent.rules.future'),
  };
  // Exactly one grantee: the one the kind chooses is required, the other is never sent (grantInput).
  return z.discriminatedUnion('granteeKind', [
    z.object({ granteeKind: z.literal('AGENCY'), granteeAgencyId: z.string().min(1, 'consent.rules.required'), granteeAgencyType: z.string(), ...grant }),
    z.object({ granteeKind: z.literal('AGENCY_TYPE'), granteeAgencyType: z.string().min(1, 'consent.rules.required'), granteeAgencyId: z.string(), ...grant }),
  ]);
}
export type GrantDraft = z.input<ReturnType<typeof grantSchema>>;

export const EMPTY_GRANT: GrantDraft = {
  granteeKind: 'AGENCY',
  granteeAgencyId: '',
  granteeAgencyType: '',
  purpose: undefined as unknown as GrantDraft['purpose'],
  categories: [],
  givenBy: undefined as unknown as GrantDraft['givenBy'],
  evidenceReference: '',
  expiresOn: '',
};

/** The API's input: exactly one grantee, the expiry as the end of the chosen day. */
export function grantInput(personId: string, draft: GrantDraft) {
  return {
    personId,
    ...(draft.granteeKind === 'AGENCY' ? { granteeAgencyId: draft.granteeAgencyId } : { granteeAgencyType: draft.granteeAgencyType as never }),
    purpose: draft.purpose,
    categories: draft.categories,
    givenBy: draft.givenBy,
    evidenceReference: draft.evidenceReference.trim(),
    ...(draft.expiresOn ? { expiresAt: endOfDay(draft.expiresOn) } : {}),
  };
}

const writtenReason = z
  .string()
  .refine((text) => (text.match(/\p{L}/gu)?.length ?? 0) >= REASON_MIN_LETTERS, 'consent.rules.reason')
  .refine((text) => text.length <= REASON_MAX_LENGTH, 'consent.rules.reasonTooLong');

export const overrideSchema = z.object({
  granteeAgencyId: z.string().min(1, 'consent.rules.required'),
  categories: z.array(z.enum(CATEGORIES)).min(1, 'consent.rules.categories'),
  reason: writtenReason,
  /** Optional: the API's default duration when empty. */
  hours: z.string().refine((value) => value === '' || (/^\d+$/.test(value) && Number(value) >= 1), 'consent.rules.hours'),
});
export type OverrideDraft = z.input<typeof overrideSchema>;

export function overrideInput(personId: string, draft: OverrideDraft, now: Date) {
  return {
    personId,
    granteeAgencyId: draft.granteeAgencyId,
    categories: draft.categories,
    reason: draft.reason,
    ...(draft.hours ? { expiresAt: new Date(now.getTime() + Number(draft.hours) * 3_600_000).toISOString() } : {}),
  };
}

export function subjectAccessSchema(now: () => Date) {
  return z
    .object({
      requestReference: reference,
      requestedBy: z.enum(REQUESTERS, 'consent.rules.required'),
      identityCheck: z.enum(IDENTITY_CHECKS, 'consent.rules.required'),
      receivedOn: z
        .string()
        .min(1, 'consent.rules.required')
        .refine((value) => !value || new Date(`${value}T00:00:00`) <= now(), 'consent.rules.notFuture'),
      language: z.enum(['', ...DOCUMENT_LANGUAGES]),
    })
    .superRefine((request, context) => {
      // A legal representative is checked by their mandate, and only a legal representative is checked that way.
      const byMandate = request.identityCheck === 'LEGAL_REPRESENTATIVE_MANDATE_SEEN';
      if (request.identityCheck && byMandate !== (request.requestedBy === 'LEGAL_REPRESENTATIVE')) {
        context.addIssue({ code: 'custom', path: ['identityCheck'], message: 'consent.rules.identityCheck' });
      }
    });
}
export type SubjectAccessDraft = z.input<ReturnType<typeof subjectAccessSchema>>;

/** The day the request was received, as that day's start in the user's time zone (never after now). */
export function subjectAccessInput(personId: string, draft: SubjectAccessDraft, now: Date) {
  const received = new Date(`${draft.receivedOn}T00:00:00`);
  return {
    personId,
    requestReference: draft.requestReference.trim(),
    requestedBy: draft.requestedBy,
    identityCheck: draft.identityCheck,
    receivedAt: (received > now ? now : received).toISOString(),
    ...(draft.language ? { language: draft.language } : {}),
  };
}

export const requestReferenceSchema = z.object({ requestReference: reference });
