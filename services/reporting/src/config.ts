import { baseConfigSchema, z } from '@nrm/config';

/** The dev identity provider's secret for confidential clients whose realm definition names none; refused in production. */
const DEV_SERVICE_CLIENT_SECRET = 'nrm-dev-secret';

/** The development and test key of the statistics pseudonym; refused in production (docs/statistics.md). */
export const DEV_REPORTING_PSEUDONYM_KEY = 'nrm-dev-reporting-pseudonym-key-not-secret';

const internalUrl = (port: number) => z.string().url().default(`http://127.0.0.1:${port}`);

export const reportingConfigSchema = baseConfigSchema
  .extend({
    PORT: z.coerce.number().int().min(1).max(65535).default(4005),
    /**
     * This service's own client at the identity provider (a service account with no role, docs/architecture.md
     * "Service accounts"): the rebuild takes a client-credentials token of it to read the producers'
     * `GET /internal/events`, which accept its service account alone (their EVENT_HISTORY_CLIENTS; docs/events.md).
     */
    SERVICE_CLIENT_ID: z.string().min(1).default('nrm-reporting'),
    /** Its secret; the default is the dev identity provider's and is refused in production. */
    SERVICE_CLIENT_SECRET: z.string().min(1).default(DEV_SERVICE_CLIENT_SECRET),
    /**
     * The key of the pseudonym the read model knows a person (and a referral, case or permit) by: HMAC-SHA-256 of the
     * platform's id under this key, so events about one person meet without the read model holding the id. Secret:
     * whoever holds it and a person's id can find the person's row. Changing it splits every person in two until a
     * rebuild (docs/statistics.md, "Rebuild").
     */
    REPORTING_PSEUDONYM_KEY: z.string().min(32).default(DEV_REPORTING_PSEUDONYM_KEY),
    /** The producers whose published events the rebuild reads (`GET /internal/events`), as the other services name them. */
    IDENTIFICATION_INTERNAL_URL: internalUrl(4001),
    REFERRAL_INTERNAL_URL: internalUrl(4002),
    FORMAL_IDENTIFICATION_INTERNAL_URL: internalUrl(4003),
    SHELTERS_INTERNAL_URL: internalUrl(4004),
    /** How long the rebuild waits for one page of a producer's events before failing. */
    STATISTICS_REBUILD_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
    /** Events asked of a producer per page (the producers serve at most 5,000). */
    STATISTICS_REBUILD_PAGE: z.coerce.number().int().min(1).max(5_000).default(5_000),
    /** Events applied to the read model per transaction by the rebuild. */
    STATISTICS_REBUILD_BATCH: z.coerce.number().int().min(1).max(100_000).default(20_000),
  })
  .refine((config) => config.NODE_ENV !== 'production' || config.REPORTING_PSEUDONYM_KEY !== DEV_REPORTING_PSEUDONYM_KEY, {
    path: ['REPORTING_PSEUDONYM_KEY'],
    message: 'must be set to a secret key in production',
  })
  .refine((config) => config.NODE_ENV !== 'production' || config.SERVICE_CLIENT_SECRET !== DEV_SERVICE_CLIENT_SECRET, {
    path: ['SERVICE_CLIENT_SECRET'],
    message: 'must be set to the nrm-reporting client secret in production',
  });

export type ReportingConfig = z.infer<typeof reportingConfigSchema>;
