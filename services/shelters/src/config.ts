import { baseConfigSchema, databaseRoleWithDefault, z, auditChainConfigShape } from '@nrm/config';

export const sheltersConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4004),
  /** The pool runs as this role, created by the shelter-records migration: it cannot UPDATE or DELETE audit entries. */
  DATABASE_APP_ROLE: databaseRoleWithDefault('nrm_shelters_app'),
  /** Base URL of the identification service's internal REST endpoints (access facts); never exposed by the gateway. */
  IDENTIFICATION_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4001'),
  /** How long a shelter-record read waits for identification's access facts before failing closed (INTERNAL). */
  IDENTIFICATION_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
  /** Base URL of the referral service's internal REST endpoints (a case accepted but not yet opened here). */
  REFERRAL_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4002'),
  /** How long reaching a case accepted a moment ago waits for the referral service before answering as before. */
  REFERRAL_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
  ...auditChainConfigShape,
});

export type SheltersConfig = z.infer<typeof sheltersConfigSchema>;
