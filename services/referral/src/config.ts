import { baseConfigSchema, z } from '@nrm/config';

export const referralConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4002),
});

export type ReferralConfig = z.infer<typeof referralConfigSchema>;
