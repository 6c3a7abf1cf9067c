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
}).refine((config) => config.STATISTICS_EXPORT_THRESHOLD >= config.STATISTICS_THRESHOLD, {
  message: 'must not be below STATISTICS_THRESHOLD',
  path: ['STATISTICS_EXPORT_THRESHOLD'],
});

export type ReportingConfig = z.infer<typeof reportingConfigSchema>;
