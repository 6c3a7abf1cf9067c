import { baseConfigSchema, z } from '@nrm/config';

export const reportingConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4005),
  /** Cells below this (and above zero) are suppressed in the app for everyone but ra_head (docs/statistics.md). */
  STATISTICS_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(5),
  /** The threshold of exports and snapshots published as files; never below the app's (checked below). */
  STATISTICS_EXPORT_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(10),
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
}).refine((config) => config.STATISTICS_EXPORT_THRESHOLD >= config.STATISTICS_THRESHOLD, {
  message: 'must not be below STATISTICS_THRESHOLD',
  path: ['STATISTICS_EXPORT_THRESHOLD'],
});

export type ReportingConfig = z.infer<typeof reportingConfigSchema>;
