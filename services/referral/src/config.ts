import { baseConfigSchema, databaseRoleWithDefault, z, auditChainConfigShape, eventHistoryConfigShape } from '@nrm/config';

export const referralConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4002),
  /** The pool runs as this role, created by the audit-trail migration: it cannot UPDATE or DELETE audit entries. */
  DATABASE_APP_ROLE: databaseRoleWithDefault('nrm_referral_app'),
  /** Base URL of identification's internal endpoints: it releases this service's part of a subject access export. */
  IDENTIFICATION_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4001'),
  /** How long a person export part waits for identification's release before failing (INTERNAL). */
  IDENTIFICATION_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
  /** Base URL of shelters' internal endpoints: whether a placement's case was closed a moment ago (read-your-writes). */
  SHELTERS_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4004'),
  /** How long a referral waits for shelters' answer before the refusal it would lift stands. */
  SHELTERS_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
  ...auditChainConfigShape,
  ...eventHistoryConfigShape,
});

export type ReferralConfig = z.infer<typeof referralConfigSchema>;
