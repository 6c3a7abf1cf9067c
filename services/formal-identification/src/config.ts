import { baseConfigSchema, z } from '@nrm/config';

export const formalIdentificationConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4003),
});

export type FormalIdentificationConfig = z.infer<typeof formalIdentificationConfigSchema>;
