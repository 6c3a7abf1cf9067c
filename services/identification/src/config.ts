import { baseConfigSchema, regionAgencyMap, databaseRoleWithDefault, z, auditChainConfigShape, eventHistoryConfigShape } from '@nrm/config';
import type { InternalPeer } from '@nrm/service-kit';

/** The dev identity provider's secret for confidential clients whose realm definition names none. */
const DEV_DIRECTORY_SECRET = 'nrm-dev-secret';
/** The development and test key of the duplicate search's hashes; refused in production. */
const DEV_PERSON_MATCH_KEY = 'nrm-dev-person-match-key-not-for-production';

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

export const identificationConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4001),
  /** The pool runs as this role, created by the audit-trail migration: it cannot UPDATE or DELETE audit entries. */
  DATABASE_APP_ROLE: databaseRoleWithDefault('nrm_identification_app'),
  /** Configurable list of regions (Albania: its 12 counties). */
  REGIONS: z
    .string()
    .default('BERAT,DIBER,DURRES,ELBASAN,FIER,GJIROKASTER,KORCE,KUKES,LEZHE,SHKODER,TIRANA,VLORE')
    .transform((value) => new Set(value.split(',').map((item) => item.trim().toUpperCase()).filter(Boolean))),
  /**
   * Labels of the region codes by locale, over the defaults of regions/region-labels.json (English and Albanian for
   * Albania's counties), as JSON: `{"TIRANA":{"en":"Tirana","sq":"Tiranë"}}`. A code without a label shows its code.
   */
  REGION_LABELS: z
    .string()
    .default('{}')
    .transform((value, context) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'must be a JSON object of region code → { locale: label }' });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string().regex(/^[A-Z_]{2,40}$/), z.record(z.string().regex(/^[a-z]{2,3}$/), z.string().min(1).max(100)))),
  /**
   * A date of birth and an estimated age further apart than this many years contradict each other (docs/domain.md, a
   * plausible date of birth): an estimate made by eye is rarely closer than a couple of years, a larger gap is a typing error.
   */
  DATE_OF_BIRTH_ESTIMATE_TOLERANCE_YEARS: z.coerce.number().int().min(0).max(20).default(2),
  /**
   * An estimated age up to and including this still gives the child pathway until the RA records a verification
   * (docs/domain.md, "Age and the presumption of childhood"); below 18 it would presume adults, so it cannot go there.
   */
  AGE_PRESUMPTION_MAX_ESTIMATE: z.coerce.number().int().min(18).max(25).default(20),
  /** A draft identification not saved again for this many days is erased (docs/api.md, "Drafts"): it holds personal data. */
  DRAFT_RETENTION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** The largest draft a first responder may save, in bytes of its JSON text. */
  DRAFT_MAX_BYTES: z.coerce.number().int().min(1024).max(1_048_576).default(65_536),
  /** ISO 3166-1 alpha-2 of the country running the NRM: its citizens count as nationals. */
  NATIONAL_COUNTRY: z.string().regex(/^[A-Z]{2}$/).default('AL'),
  /**
   * Region code → child protection unit agency notified of (and mandated for) a child identified there, over the
   * directory's choice (the CHILD_PROTECTION_UNIT agency of that region). Empty by default: the directory decides.
   */
  CHILD_PROTECTION_UNITS: regionAgencyMap(''),
  /** The national child protection unit: mandated for a child whose region has no unit of its own (the RA is told). */
  NATIONAL_CHILD_PROTECTION_UNIT: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).default('cpu-national'),
  /*
   * The agency and user directory, copied from the identity provider's admin API (Keycloak's, or the dev provider's
   * at the same paths) with the client-credentials token of a read-only service account.
   */
  /** Keycloak's admin API for the realm; by default derived from OIDC_ISSUER (`…/realms/nrm` → `…/admin/realms/nrm`). */
  DIRECTORY_ADMIN_URL: z.string().url().optional(),
  DIRECTORY_CLIENT_ID: z.string().min(1).default('nrm-directory'),
  /** The service account's secret; the default is the dev identity provider's and is refused in production. */
  DIRECTORY_CLIENT_SECRET: z.string().min(1).default(DEV_DIRECTORY_SECRET),
  /** How often the worker copies the directory again (a BullMQ job scheduler); platform_admin can also syncDirectory. */
  DIRECTORY_SYNC_INTERVAL_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(900),
  /** Copy the directory before serving, so a fresh database knows its agencies (a failure is logged, not fatal). */
  DIRECTORY_SYNC_ON_BOOT: booleanFromEnv.default(true),
  /**
   * The clients whose service accounts may call GET /internal/directory/recipients (docs/notifications.md): the e-mail
   * address and language of an audience's members (staff contact facts only). The notifications service's mail worker.
   */
  DIRECTORY_RECIPIENTS_CLIENTS: z
    .string()
    .default('nrm-notifications')
    .transform((value) => value.split(',').map((client) => client.trim()).filter((client) => client.length > 0)),
  /** How long one call to the admin API may take. */
  DIRECTORY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** A legal-basis override lasts this long when the ra_head names no expiry (docs/domain.md §3: time-limited)… */
  OVERRIDE_DEFAULT_HOURS: z.coerce.number().positive().default(72),
  /** …and never longer than this; a longer need is a new, separately reasoned override. */
  OVERRIDE_MAX_HOURS: z.coerce.number().positive().default(168),
  /** Another ra_head reviews an override within this many hours of its grant (docs/domain.md §4). */
  OVERRIDE_REVIEW_HOURS: z.coerce.number().positive().max(24 * 90).default(72),
  /*
   * Base URLs of the other services' internal REST endpoints (never exposed by the gateway): `auditTrail` and
   * `verifyAuditTrail` cover the chains of the services that keep one, `exportPersonData` the part of every service
   * that holds something about a person. One variable per service, `<NAME>_INTERNAL_URL`, as the others name it.
   */
  REFERRAL_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4002'),
  FORMAL_IDENTIFICATION_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4003'),
  SHELTERS_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4004'),
  NOTIFICATIONS_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4006'),
  /** The reporting service: its queues (statistics exports and snapshots) in the failed-jobs listing. */
  REPORTING_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4005'),
  /** How long an audit or export operation waits for another service's part before failing as a whole. */
  PEER_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  /** How long the other services may claim their parts of a subject access export once it has started. */
  SUBJECT_ACCESS_EXPORT_TTL_SECONDS: z.coerce.number().int().positive().max(3600).default(300),
  /*
   * Possible duplicates (docs/domain.md, "Possible duplicates"). The duplicate search keeps names and dates of birth
   * only as HMAC-SHA-256 hashes under this key: without it the index says nothing, so it lives in the secret store,
   * never next to the database or its backups. Changing it needs every person's tokens written again.
   */
  PERSON_MATCH_KEY: z.string().min(32, 'must be at least 32 characters').default(DEV_PERSON_MATCH_KEY),
  /** A pair scoring at least this (0–1) is shown to the RA as a possible duplicate. */
  DUPLICATE_SCORE_THRESHOLD: z.coerce.number().min(0.3).max(1).default(0.6),
  /** At most this many candidates are kept per search. */
  DUPLICATE_CANDIDATE_LIMIT: z.coerce.number().int().min(1).max(50).default(10),
  /** How many waiting searches one screening pass runs (possibleDuplicates runs one before it lists). */
  DUPLICATE_SCREENING_BATCH: z.coerce.number().int().min(1).max(1000).default(100),
  /** How often the worker runs the waiting searches of new identifications (a BullMQ job scheduler). */
  DUPLICATE_SCREENING_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(3600).default(30),
  ...auditChainConfigShape,
  ...eventHistoryConfigShape,
}).refine((config) => config.OVERRIDE_DEFAULT_HOURS <= config.OVERRIDE_MAX_HOURS, {
  path: ['OVERRIDE_DEFAULT_HOURS'],
  message: 'must not exceed OVERRIDE_MAX_HOURS',
}).refine((config) => config.NODE_ENV !== 'production' || config.DIRECTORY_CLIENT_SECRET !== DEV_DIRECTORY_SECRET, {
  path: ['DIRECTORY_CLIENT_SECRET'],
  message: 'must be set to the nrm-directory client secret in production',
}).refine((config) => config.NODE_ENV !== 'production' || config.PERSON_MATCH_KEY !== DEV_PERSON_MATCH_KEY, {
  path: ['PERSON_MATCH_KEY'],
  message: 'must be set to a secret key in production',
});


export type IdentificationConfig = z.infer<typeof identificationConfigSchema>;

/** The services whose audit chains the federated trail covers, besides identification's own: every one that keeps a chain. */
export function auditChainPeers(config: IdentificationConfig): InternalPeer[] {
  return [
    { service: 'shelters', baseUrl: config.SHELTERS_INTERNAL_URL },
    { service: 'referral', baseUrl: config.REFERRAL_INTERNAL_URL },
    { service: 'formal-identification', baseUrl: config.FORMAL_IDENTIFICATION_INTERNAL_URL },
  ];
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

/**
 * The services whose queues the failed-jobs listing covers besides identification's own: every one with an event
 * queue or a periodic job (reporting: its statistics exports and snapshots).
 */
export function jobQueuePeers(config: IdentificationConfig): InternalPeer[] {
  return [
    { service: 'referral', baseUrl: config.REFERRAL_INTERNAL_URL },
    { service: 'formal-identification', baseUrl: config.FORMAL_IDENTIFICATION_INTERNAL_URL },
    { service: 'shelters', baseUrl: config.SHELTERS_INTERNAL_URL },
    { service: 'notifications', baseUrl: config.NOTIFICATIONS_INTERNAL_URL },
    { service: 'reporting', baseUrl: config.REPORTING_INTERNAL_URL },
  ];
}

/** Where the directory is read: the realm's admin API, next to the issuer as Keycloak serves it. */
export function directoryAdminUrl(config: IdentificationConfig): string {
  if (config.DIRECTORY_ADMIN_URL) return config.DIRECTORY_ADMIN_URL.replace(/\/$/, '');
  const issuer = new URL(config.OIDC_ISSUER);
  issuer.pathname = issuer.pathname.replace(/\/realms\//, '/admin/realms/').replace(/\/$/, '');
  return issuer.toString().replace(/\/$/, '');
}
