import { baseConfigSchema, regionAgencyMap, databaseRoleWithDefault, z } from '@nrm/config';

export const identificationConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4001),
  /** The pool runs as this role, created by the audit-trail migration: it cannot UPDATE or DELETE audit entries. */
  DATABASE_APP_ROLE: databaseRoleWithDefault('nrm_identification_app'),
  /** Configurable list of regions (Albania: its 12 counties). */
  REGIONS: z
    .string()
    .default('BERAT,DIBER,DURRES,ELBASAN,FIER,GJIROKASTER,KORCE,KUKES,LEZHE,SHKODER,TIRANA,VLORE')
    .transform((value) => new Set(value.split(',').map((item) => item.trim().toUpperCase()).filter(Boolean))),
  /** ISO 3166-1 alpha-2 of the country running the NRM: its citizens count as nationals. */
  NATIONAL_COUNTRY: z.string().regex(/^[A-Z]{2}$/).default('AL'),
  /** Region code → child protection unit agency notified of (and mandated for) a child identified there. */
  CHILD_PROTECTION_UNITS: regionAgencyMap('TIRANA=cpu-tirana'),
  /** A legal-basis override lasts this long when the ra_head names no expiry (DOMAIN.md §3: time-limited)… */
  OVERRIDE_DEFAULT_HOURS: z.coerce.number().positive().default(72),
  /** …and never longer than this; a longer need is a new, separately reasoned override. */
  OVERRIDE_MAX_HOURS: z.coerce.number().positive().default(168),
}).refine((config) => config.OVERRIDE_DEFAULT_HOURS <= config.OVERRIDE_MAX_HOURS, {
  path: ['OVERRIDE_DEFAULT_HOURS'],
  message: 'must not exceed OVERRIDE_MAX_HOURS',
});

export type IdentificationConfig = z.infer<typeof identificationConfigSchema>;
