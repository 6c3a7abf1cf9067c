import { baseConfigSchema, regionAgencyMap, databaseRoleWithDefault, z } from '@nrm/config';
import { AgencyType } from '@nrm/domain';
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
  /**
   * Stand-in for the agency directory until it lands (consent/grantee-agencies.provider.ts): agency id → agency type of
   * the agencies a grant or override may name. The default lists the development and test realm's agencies.
   */
  GRANTEE_AGENCY_TYPES: agencyTypeMap(
    'police-tirana=STATE_POLICE,border-kakavije=BORDER_POLICE,ngo-outreach=NGO,responsible-authority=RESPONSIBLE_AUTHORITY,' +
      'cpu-tirana=CHILD_PROTECTION_UNIT,police-sfait-tirana=STATE_POLICE,rdsss-tirana=REGIONAL_SOCIAL_SERVICE,shelter-a=SHELTER_NGO,' +
      'shelter-b=SHELTER_STATE,national-coordinator=NATIONAL_COORDINATOR,oversight=OVERSIGHT,platform=PLATFORM',
  ),
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
  /** How long the other services may claim their parts of a subject access export once it has started. */
  SUBJECT_ACCESS_EXPORT_TTL_SECONDS: z.coerce.number().int().positive().max(3600).default(300),
}).refine((config) => config.OVERRIDE_DEFAULT_HOURS <= config.OVERRIDE_MAX_HOURS, {
  path: ['OVERRIDE_DEFAULT_HOURS'],
  message: 'must not exceed OVERRIDE_MAX_HOURS',
});

/** `agency-id=AGENCY_TYPE,…` into a map; a malformed pair or an unknown type refuses to boot. */
function agencyTypeMap(defaultValue: string) {
  return z
    .string()
    .default(defaultValue)
    .transform((value, context) => {
      const map = new Map<string, AgencyType>();
      for (const pair of value.split(',').map((item) => item.trim()).filter(Boolean)) {
        const [agencyId, type, ...rest] = pair.split('=').map((part) => part.trim());
        const agencyType = Object.values(AgencyType).find((candidate) => candidate === type);
        if (!agencyId || !/^[a-z0-9-]{2,64}$/.test(agencyId) || !agencyType || rest.length > 0) {
          context.addIssue({ code: 'custom', message: 'expected agency-id=AGENCY_TYPE pairs' });
          return z.NEVER;
        }
        map.set(agencyId, agencyType);
      }
      return map;
    });
}

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
