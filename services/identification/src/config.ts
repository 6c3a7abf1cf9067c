import { baseConfigSchema, z } from '@nrm/config';

export const identificationConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4001),
  /** Configurable list of regions (Albania: its 12 counties). */
  REGIONS: z
    .string()
    .default('BERAT,DIBER,DURRES,ELBASAN,FIER,GJIROKASTER,KORCE,KUKES,LEZHE,SHKODER,TIRANA,VLORE')
    .transform((value) => new Set(value.split(',').map((item) => item.trim().toUpperCase()).filter(Boolean))),
  /** ISO 3166-1 alpha-2 of the country running the NRM: its citizens count as nationals. */
  NATIONAL_COUNTRY: z.string().regex(/^[A-Z]{2}$/).default('AL'),
  /** Region code → child protection unit agency notified of (and mandated for) a child identified there. */
  CHILD_PROTECTION_UNITS: z
    .string()
    .default('TIRANA=cpu-tirana')
    .transform((value, context) => {
      const map = new Map<string, string>();
      for (const pair of value.split(',').map((item) => item.trim()).filter(Boolean)) {
        const [region, agency] = pair.split('=');
        if (!region || !agency) {
          context.addIssue({ code: 'custom', message: 'expected REGION=agency-id pairs separated by commas' });
          return z.NEVER;
        }
        map.set(region.toUpperCase(), agency);
      }
      return map;
    }),
});

export type IdentificationConfig = z.infer<typeof identificationConfigSchema>;
