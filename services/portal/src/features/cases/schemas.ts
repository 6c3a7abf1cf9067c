import { z } from '../../zod';

/*
 * The forms' rules, checked before anything is sent. The API enforces each of them as well (docs/api.md, "Shelters
 * service"); these only spare the user a round trip. Messages are translation keys, shown beside the field.
 */

export const PLACEMENT_TYPES = ['RESIDENTIAL_SHELTER', 'PROTECTED_APARTMENT', 'FAMILY_OF_ORIGIN', 'FOSTER_FAMILY', 'OTHER'] as const;
export const PHASES = ['CRISIS_INTERVENTION', 'STABILISATION', 'SOCIAL_INCLUSION'] as const;
export const CLOSURE_TYPES = ['PLANNED_MUTUAL', 'NOT_MUTUAL', 'UNPLANNED'] as const;
export const MONITORING_MODES = ['VISIT', 'PHONE', 'OFFICE'] as const;
export const MONITORING_AREAS = ['FAMILY', 'RELATIONSHIPS', 'HEALTH', 'EMOTIONS', 'LEGAL', 'EMPLOYMENT', 'EDUCATION', 'ACTIVITIES'] as const;
export const COMPLAINT_CHANNELS = ['WRITTEN', 'VERBAL'] as const;
export const COMPLAINT_ADDRESSEES = ['STAFF', 'PROGRAMME_MANAGER', 'STATE_SOCIAL_SERVICE'] as const;
export const COMPLAINT_ASPECTS = ['ACCOMMODATION', 'STAFF_CONDUCT', 'SERVICES', 'SAFETY', 'RULES', 'CONFIDENTIALITY', 'OTHER'] as const;
export const COMPLAINT_OUTCOMES = ['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD', 'WITHDRAWN'] as const;
export const ASSESSMENT_AREAS = ['PRE_DEPARTURE', 'SECURITY', 'ACCOMMODATION', 'LEGAL', 'HEALTH', 'PSYCHOSOCIAL', 'FAMILY', 'EDUCATION', 'EMPLOYMENT'] as const;
export const RESPONSIBLE_KINDS = ['PERSON', 'TEAM_MEMBER'] as const;

/** The API's limit for free text (docs/api.md). */
const LONG_TEXT = 10_000;
const required = (message = 'cases.rules.required') => z.string().trim().min(1, message).max(LONG_TEXT, 'cases.rules.tooLong');
const optionalText = z.string().max(LONG_TEXT, 'cases.rules.tooLong');
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: 'cases.rules.choose' });
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD of a day in UTC. */
export const dayOf = (when: Date) => when.toISOString().slice(0, 10);

export const declineSchema = z.object({ reason: required('cases.rules.reasonRequired') });
export type DeclineValues = z.infer<typeof declineSchema>;

export function admitSchema(today: Date) {
  return z.object({
    admittedOn: z
      .string()
      .regex(isoDay, 'cases.rules.date')
      .refine((day) => day <= dayOf(today), 'cases.rules.notFuture'),
    placementType: choice(PLACEMENT_TYPES),
  });
}
export type AdmitValues = z.infer<ReturnType<typeof admitSchema>>;

/** The moment of an admission on a day: a few minutes ago when it is today, so never in the future; else midday UTC. */
export function admissionMoment(day: string, now: Date): string {
  return day === dayOf(now) ? new Date(now.getTime() - 60_000).toISOString() : `${day}T12:00:00.000Z`;
}

export const assessmentSchema = z
  .object({
    area: choice(ASSESSMENT_AREAS),
    summary: required('cases.rules.choose'),
    legalProblems: z.array(z.string()),
    notes: optionalText,
    disagreement: optionalText,
    suicideRisk: z.boolean(),
  })
  .refine((value) => !(value.area === 'LEGAL' && value.summary === 'PROBLEMS_IDENTIFIED') || value.legalProblems.length > 0, {
    path: ['legalProblems'],
    message: 'cases.rules.legalProblems',
  });
export type AssessmentValues = z.infer<typeof assessmentSchema>;

const actionSchema = z
  .object({
    description: required(),
    responsible: choice(RESPONSIBLE_KINDS),
    responsibleUserId: z.string(),
    reviewDate: z.string().regex(isoDay, 'cases.rules.date'),
    successIndicator: required(),
  })
  .refine((action) => action.responsible !== 'TEAM_MEMBER' || action.responsibleUserId !== '', {
    path: ['responsibleUserId'],
    message: 'cases.rules.teamMember',
  });

export const planSchema = z
  .object({
    objectives: z
      .array(z.object({ area: choice(ASSESSMENT_AREAS), objective: required(), actions: z.array(actionSchema).min(1, 'cases.rules.oneAction') }))
      .min(1, 'cases.rules.oneObjective'),
  })
  .superRefine((plan, context) => {
    // One objective per area (the API refuses an area twice, naming input.objectives.N.area).
    const seen = new Set<string>();
    plan.objectives.forEach((objective, index) => {
      if (seen.has(objective.area)) context.addIssue({ code: 'custom', path: ['objectives', index, 'area'], message: 'cases.rules.areaTwice' });
      seen.add(objective.area);
    });
  });
export type PlanValues = z.infer<typeof planSchema>;

export function monitoringSchema(today: Date) {
  return z.object({
    mode: choice(MONITORING_MODES),
    areas: z.array(z.enum(MONITORING_AREAS)).min(1, 'cases.rules.oneArea'),
    contactedOn: z
      .string()
      .refine((day) => day === '' || isoDay.test(day), 'cases.rules.date')
      .refine((day) => day === '' || day <= dayOf(today), 'cases.rules.notFuture'),
    notes: optionalText,
  });
}
export type MonitoringValues = z.infer<ReturnType<typeof monitoringSchema>>;

export const complaintSchema = z.object({
  anonymous: z.boolean(),
  channel: choice(COMPLAINT_CHANNELS),
  addressee: choice(COMPLAINT_ADDRESSEES),
  aspect: choice(COMPLAINT_ASPECTS),
  description: required(),
});
export type ComplaintValues = z.infer<typeof complaintSchema>;

export const complaintOutcomeSchema = z.object({ outcome: choice(COMPLAINT_OUTCOMES), note: optionalText });
export type ComplaintOutcomeValues = z.infer<typeof complaintOutcomeSchema>;

export const closureSchema = z.object({ closureType: choice(CLOSURE_TYPES), reviewNotes: required('cases.rules.reviewRequired') });
export type ClosureValues = z.infer<typeof closureSchema>;

export const teamSchema = z.object({ memberIds: z.array(z.string()).max(20, 'cases.rules.teamSize') });
export type TeamValues = z.infer<typeof teamSchema>;

export const caseManagerSchema = z.object({ caseManagerId: required('cases.rules.choose') });
export type CaseManagerValues = z.infer<typeof caseManagerSchema>;

/** A case the shelter still works on (docs/domain.md, "The case track"). */
export const isOpen = (status: string) => status === 'ACCEPTED' || status === 'ACTIVE' || status === 'FOLLOW_UP';
