import { baseConfigSchema, databaseRoleWithDefault, z, auditChainConfigShape, eventHistoryConfigShape } from '@nrm/config';

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
  /**
   * The monitoring cadence per case phase (docs/domain.md §2 step 7): the next contact is due this long after the
   * latest one. Weekly in stabilisation (phase II), monthly in social inclusion (phase III); crisis intervention
   * (phase I, in the shelter) weekly unless configured.
   */
  MONITORING_CRISIS_INTERVENTION_DAYS: z.coerce.number().int().positive().max(366).default(7),
  MONITORING_STABILISATION_DAYS: z.coerce.number().int().positive().max(366).default(7),
  MONITORING_SOCIAL_INCLUSION_MONTHS: z.coerce.number().int().positive().max(24).default(1),
  /**
   * Shelter agency id → the regional social service that receives complaints addressed to the state social service
   * (docs/domain.md §2 step 6), e.g. `shelter-a=rdsss-tirana`. A shelter not listed goes to
   * COMPLAINTS_DEFAULT_STATE_SOCIAL_SERVICE.
   */
  COMPLAINTS_STATE_SOCIAL_SERVICES: z
    .string()
    .default('')
    .transform((value, context) => {
      const map = new Map<string, string>();
      for (const pair of value.split(',').map((part) => part.trim()).filter(Boolean)) {
        const [shelter, service, ...rest] = pair.split('=').map((part) => part.trim());
        if (!shelter || !service || rest.length > 0) {
          context.addIssue({ code: 'custom', message: 'expected shelter-agency=regional-social-service pairs separated by commas' });
          return z.NEVER;
        }
        map.set(shelter, service);
      }
      return map;
    }),
  COMPLAINTS_DEFAULT_STATE_SOCIAL_SERVICE: z.string().min(1).default('rdsss-tirana'),
  ...auditChainConfigShape,
  ...eventHistoryConfigShape,
});

export type SheltersConfig = z.infer<typeof sheltersConfigSchema>;
