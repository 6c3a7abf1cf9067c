import { baseConfigSchema, regionAgencyMap, databaseRoleWithDefault, z } from '@nrm/config';
import type { InternalPeer } from '@nrm/service-kit';

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
  /*
   * Base URLs of the other services' internal REST endpoints (never exposed by the gateway): `auditTrail` and
   * `verifyAuditTrail` cover the chains of the services that keep one, `exportPersonData` the part of every service
   * that holds something about a person. One variable per service, `<NAME>_INTERNAL_URL`, as the others name it.
   */
  REFERRAL_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4002'),
  FORMAL_IDENTIFICATION_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4003'),
  SHELTERS_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4004'),
  NOTIFICATIONS_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4006'),
  /** How long an audit or export operation waits for another service's part before failing as a whole. */
  PEER_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  /** Denied attempts about persons who do not exist, written per user and minute; the rest are counted in a log line. */
  AUDIT_UNKNOWN_PERSON_DENIALS_PER_MINUTE: z.coerce.number().int().positive().default(10),
}).refine((config) => config.OVERRIDE_DEFAULT_HOURS <= config.OVERRIDE_MAX_HOURS, {
  path: ['OVERRIDE_DEFAULT_HOURS'],
  message: 'must not exceed OVERRIDE_MAX_HOURS',
});

export type IdentificationConfig = z.infer<typeof identificationConfigSchema>;

/** The services whose audit chains the federated trail covers, besides identification's own. */
export function auditChainPeers(config: IdentificationConfig): InternalPeer[] {
  return [{ service: 'shelters', baseUrl: config.SHELTERS_INTERNAL_URL }];
}

/** The services that hold something about a person, each serving its part of the subject access export. */
export function personExportPeers(config: IdentificationConfig): InternalPeer[] {
  return [
    { service: 'referral', baseUrl: config.REFERRAL_INTERNAL_URL },
    { service: 'shelters', baseUrl: config.SHELTERS_INTERNAL_URL },
    { service: 'formal-identification', baseUrl: config.FORMAL_IDENTIFICATION_INTERNAL_URL },
    { service: 'notifications', baseUrl: config.NOTIFICATIONS_INTERNAL_URL },
  ];
}
