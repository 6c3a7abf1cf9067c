import { baseConfigSchema, regionAgencyMap, z } from '@nrm/config';

/** The dev identity provider's secret for confidential clients whose realm definition names none; refused in production. */
const DEV_SERVICE_CLIENT_SECRET = 'nrm-dev-secret';

/** Hours until a notification's deadline (docs/domain.md §4); each country's SOPs set their own. */
const hours = z.coerce.number().positive().max(24 * 90);

export const notificationsConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4006),
  /** The agency id of the Responsible Authority: its ra_officer and ra_head receive every new identification. */
  RESPONSIBLE_AUTHORITY_AGENCY_ID: z.string().min(1).default('responsible-authority'),
  /**
   * Region code → child protection unit notified of a child identified there, for events that do not name the unit
   * (written before identification's events did); identification's directory decides for every newer event.
   */
  CHILD_PROTECTION_UNITS: regionAgencyMap('TIRANA=cpu-tirana'),
  /** The RA acknowledges a new identification and starts routing within this many hours. */
  RA_ACKNOWLEDGE_HOURS: hours.default(24),
  /** A provider answers a referral within this many hours… */
  REFERRAL_RESPONSE_HOURS: hours.default(24),
  /** …or this many when the referral is urgent. */
  URGENT_REFERRAL_RESPONSE_HOURS: hours.default(4),
  /** How often the deadline sweep wakes (one BullMQ job scheduler across every worker replica). */
  DEADLINE_SWEEP_INTERVAL_SECONDS: z.coerce.number().positive().max(3600).default(5),
  /** At most this many deadlines acted on per sweep transaction; a sweep runs batches until none is due. */
  DEADLINE_SWEEP_BATCH: z.coerce.number().int().min(1).max(10_000).default(500),
  /** A reminder at this fraction of a deadline's duration (0.5: half-way); 0 sends none. */
  DEADLINE_REMINDER_FRACTION: z.coerce.number().min(0).lt(1).default(0.5),
  /** And one this many hours before it is due (24: a day before); 0 sends none. */
  DEADLINE_REMINDER_BEFORE_HOURS: z.coerce.number().min(0).max(24 * 90).default(24),
  /** Days before a reflection period ends or a residence permit expires that the RA is reminded, comma-separated. */
  EXPIRY_REMINDER_DAYS: z
    .string()
    .default('14,3')
    .transform((value, context) => {
      const days = value.split(',').map((part) => Number(part.trim()));
      if (days.some((day) => !Number.isFinite(day) || day <= 0)) {
        context.addIssue({ code: 'custom', message: 'positive numbers of days, comma-separated' });
        return z.NEVER;
      }
      return days;
    }),
  /** Base URL of identification's internal endpoints: it releases this service's part of a subject access export. */
  IDENTIFICATION_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4001'),
  /** How long a person export part waits for identification's release before failing (INTERNAL). */
  IDENTIFICATION_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
  /**
   * This service's own client at the identity provider (a service account, docs/architecture.md "Service accounts"):
   * the mail worker takes a client-credentials token of it to ask identification's recipients endpoint
   * (GET /internal/directory/recipients) who of an audience has an e-mail address and which language.
   */
  SERVICE_CLIENT_ID: z.string().min(1).default('nrm-notifications'),
  /** Its secret; the default is the dev identity provider's and is refused in production. */
  SERVICE_CLIENT_SECRET: z.string().min(1).default(DEV_SERVICE_CLIENT_SECRET),
  /** The SMTP relay e-mail is sent through (smtp:// or smtps://, credentials in the URL); the dev catch-all by default. */
  SMTP_URL: z.string().url().default('smtp://127.0.0.1:1025'),
  /** The From of every e-mail. */
  MAIL_FROM: z.string().min(3).default('NRM <no-reply@nrm.local>'),
  /** Where e-mails link to: the portal's base URL. */
  PORTAL_URL: z.string().url().default('http://localhost:3000'),
  /** How often the mail sweep wakes (one BullMQ job scheduler across every worker replica). */
  MAIL_SWEEP_INTERVAL_SECONDS: z.coerce.number().positive().max(3600).default(2),
  /** At most this many notifications or e-mails handled per sweep step. */
  MAIL_BATCH: z.coerce.number().int().min(1).max(1000).default(50),
  /** An e-mail the relay refuses this many times is marked FAILED and not tried again. */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
}).refine((config) => config.NODE_ENV !== 'production' || config.SERVICE_CLIENT_SECRET !== DEV_SERVICE_CLIENT_SECRET, {
  path: ['SERVICE_CLIENT_SECRET'],
  message: 'must be set to the nrm-notifications client secret in production',
});

export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;
