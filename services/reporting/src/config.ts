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
    /** Events the rebuild folds at a time (and applies per statement in its final transaction). */
    STATISTICS_REBUILD_BATCH: z.coerce.number().int().min(1).max(100_000).default(20_000),
    /** Cells below this (and above zero) are suppressed in the app for everyone but ra_head (docs/statistics.md). */
    STATISTICS_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(5),
    /** The threshold of exports and snapshots published as files; never below the app's (checked below). */
    STATISTICS_EXPORT_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(10),
    /**
     * Limits of the disclosure control's exact check per year and audience (docs/statistics.md, "Disclosure control"):
     * coefficients one elimination may hold, and rounds. Past either, the pattern is the group rule's and what the
     * check added, and the service logs a warning naming the measure and year.
     */
    STATISTICS_EXACT_BUDGET: z.coerce.number().int().min(1).max(100_000_000).default(5_000_000),
    STATISTICS_EXACT_ROUNDS: z.coerce.number().int().min(1).max(1000).default(60),
    /** Base URL of the notifications service's internal REST endpoints (overdue deadlines by kind). */
    NOTIFICATIONS_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4006'),
    /** How long `overdueItems` waits for the notifications service before failing (INTERNAL). */
    PEER_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
    /** Hours a built statistics export can be downloaded; the row and its bytes are deleted after (docs/statistics.md, Exports). */
    STATISTICS_EXPORT_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(24),
    /** Attempts at building one export before it is FAILED. */
    STATISTICS_EXPORT_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
    /** Exports built at once by one worker process. */
    STATISTICS_EXPORT_CONCURRENCY: z.coerce.number().int().min(1).max(8).default(1),
    /** k of the CTDC export's k-anonymity: the CTDC's own 11 at least, never less (docs/statistics.md, Exports). */
    CTDC_K: z.coerce.number().int().min(11).max(1000).default(11),
    /** Share of records the CTDC export may withhold rather than generalise one step further (0–1). */
    CTDC_MAX_SUPPRESSED_SHARE: z.coerce.number().min(0).max(1).default(0.05),
    /** Years per span when the CTDC export generalises the year of registration. */
    CTDC_YEAR_SPAN: z.coerce.number().int().min(2).max(10).default(3),
    /** When snapshots are computed (cron, Tirana time): 02:00 on the first day of each month (docs/statistics.md, Snapshots). */
    STATISTICS_SNAPSHOT_CRON: z.string().min(9).max(100).default('0 2 1 * *'),
    /** Closed periods that ended within this many months are computed again at each run; a difference is a new revision. */
    STATISTICS_SNAPSHOT_REVISION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  })
  .refine((config) => config.NODE_ENV !== 'production' || config.REPORTING_PSEUDONYM_KEY !== DEV_REPORTING_PSEUDONYM_KEY, {
    path: ['REPORTING_PSEUDONYM_KEY'],
    message: 'must be set to a secret key in production',
  })
  .refine((config) => config.NODE_ENV !== 'production' || config.SERVICE_CLIENT_SECRET !== DEV_SERVICE_CLIENT_SECRET, {
    path: ['SERVICE_CLIENT_SECRET'],
    message: 'must be set to the nrm-reporting client secret in production',
  })
  .refine((config) => config.STATISTICS_EXPORT_THRESHOLD >= config.STATISTICS_THRESHOLD, {
    message: 'must not be below STATISTICS_THRESHOLD',
    path: ['STATISTICS_EXPORT_THRESHOLD'],
  });

export type ReportingConfig = z.infer<typeof reportingConfigSchema>;
