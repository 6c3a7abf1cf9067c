/** The identification form's own rules, checked before each step moves on; keys name the API's input paths. */
export interface IdentificationDraft {
  estimatedAge: string;
  dateOfBirth: string;
  indicatorCodes: string[];
  consentToInterview: boolean;
  language: string;
  interpreterUsed: boolean;
  givenName: string;
  familyName: string;
  sex: string;
  citizenship: string;
  venue: string;
  region: string;
  exploitationTypes: string[];
  immediateNeeds: string[];
}

export const EMPTY_DRAFT: IdentificationDraft = {
  estimatedAge: '',
  dateOfBirth: '',
  indicatorCodes: [],
  consentToInterview: false,
  language: '',
  interpreterUsed: false,
  givenName: '',
  familyName: '',
  sex: '',
  citizenship: '',
  venue: '',
  region: '',
  exploitationTypes: [],
  immediateNeeds: [],
};

export const STEPS = ['screening', 'interview', 'needs', 'review'] as const;
export type Step = (typeof STEPS)[number];

/** A rule broken: the input path (as the API names it) and the translation key of the message. */
export type RuleErrors = Record<string, string>;

export function citizenshipCodes(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
}

/** Whether the person counts as a child for the screening: under 18, or no age known (presumed a child). */
export function isChild(draft: IdentificationDraft, today: Date): boolean {
  if (draft.dateOfBirth) {
    const born = new Date(`${draft.dateOfBirth}T00:00:00Z`);
    const eighteen = new Date(born);
    eighteen.setUTCFullYear(born.getUTCFullYear() + 18);
    return eighteen > today;
  }
  if (draft.estimatedAge.trim() !== '') return Number(draft.estimatedAge) < 18;
  return true;
}

export function checkStep(step: Step, draft: IdentificationDraft, today: Date): RuleErrors {
  const errors: RuleErrors = {};
  if (step === 'screening' || step === 'review') {
    const age = draft.estimatedAge.trim();
    if (age !== '' && !(/^\d{1,3}$/.test(age) && Number(age) <= 120)) errors['input.person.estimatedAge'] = 'rules.estimatedAge';
    if (draft.dateOfBirth && !(new Date(`${draft.dateOfBirth}T00:00:00Z`) <= today)) errors['input.person.dateOfBirth'] = 'rules.dateOfBirth';
  }
  if (step === 'interview' || step === 'review') {
    if (!draft.sex) errors['input.person.sex'] = 'rules.required';
    const codes = citizenshipCodes(draft.citizenship);
    if (codes.length === 0) errors['input.person.citizenship'] = 'rules.required';
    else if (codes.some((code) => !/^[A-Z]{2}$/.test(code))) errors['input.person.citizenship'] = 'rules.citizenship';
    if (!draft.venue) errors['input.venue'] = 'rules.required';
    if (!draft.region) errors['input.region'] = 'rules.required';
  }
  return errors;
}

/** The submission's input; without consent to the interview only what an anonymous notification keeps is sent. */
export function submissionInput(draft: IdentificationDraft, clientRequestId: string) {
  const consent = draft.consentToInterview;
  return {
    clientRequestId,
    person: {
      givenName: consent && draft.givenName.trim() ? draft.givenName.trim() : undefined,
      familyName: consent && draft.familyName.trim() ? draft.familyName.trim() : undefined,
      dateOfBirth: draft.dateOfBirth || undefined,
      estimatedAge: draft.estimatedAge.trim() === '' ? undefined : Number(draft.estimatedAge),
      sex: draft.sex,
      citizenship: citizenshipCodes(draft.citizenship),
    },
    venue: draft.venue,
    region: draft.region,
    indicatorCodes: draft.indicatorCodes,
    exploitationTypes: draft.exploitationTypes,
    interview: {
      consentToInterview: consent,
      language: draft.language.trim() || undefined,
      interpreterUsed: draft.interpreterUsed,
    },
    immediateNeeds: draft.immediateNeeds,
  };
}
