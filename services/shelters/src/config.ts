import { baseConfigSchema, z } from '@nrm/config';

export const sheltersConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4004),
});

export type SheltersConfig = z.infer<typeof sheltersConfigSchema>;
