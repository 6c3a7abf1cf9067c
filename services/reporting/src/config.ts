import { baseConfigSchema, z } from '@nrm/config';

export const reportingConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4005),
});

export type ReportingConfig = z.infer<typeof reportingConfigSchema>;
