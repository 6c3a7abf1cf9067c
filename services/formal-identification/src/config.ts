import { ALBANIAN_HOLIDAYS_2026_2027, parseHolidayList } from '@nrm/calendar';
import { baseConfigSchema, databaseRoleWithDefault, z, auditChainConfigShape, eventHistoryConfigShape } from '@nrm/config';

export const formalIdentificationConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4003),
  /** The pool runs as this role, created by the audit-trail migration: it cannot UPDATE or DELETE audit entries. */
  DATABASE_APP_ROLE: databaseRoleWithDefault('nrm_formal_identification_app'),
  /**
   * Base URL of identification's internal endpoints: the person facts a request and a convening decide on, the
   * directory entries of the members, the group's links and the status (read-your-writes), and its release of this
   * service's part of a subject access export.
   */
  IDENTIFICATION_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4001'),
  /** How long a call to identification waits before failing (INTERNAL). */
  IDENTIFICATION_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
  /** The group convenes within this many working days of the request (docs/domain.md §4; docs/calendar.md). */
  FORMAL_ID_CONVENE_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  /**
   * Days off besides weekends, comma-separated YYYY-MM-DD (docs/calendar.md); by default Albania's public holidays of
   * 2026 and 2027. A malformed date refuses the boot.
   */
  HOLIDAYS: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined) return [...ALBANIAN_HOLIDAYS_2026_2027];
      const { holidays, malformed } = parseHolidayList(value);
      if (malformed > 0) {
        context.addIssue({ code: 'custom', message: 'must be comma-separated YYYY-MM-DD dates' });
        return z.NEVER;
      }
      return holidays;
    }),
  /** The recovery and reflection period of a foreign national, in days: at least 30 (Council of Europe Convention, art. 13). */
  REFLECTION_PERIOD_DAYS: z.coerce.number().int().min(30).max(365).default(30),
  ...auditChainConfigShape,
  ...eventHistoryConfigShape,
});

export type FormalIdentificationConfig = z.infer<typeof formalIdentificationConfigSchema>;
