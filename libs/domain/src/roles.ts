/** Keycloak realm roles (docs/domain.md §1). The string values are the role names in tokens. */
export enum Role {
  FIRST_RESPONDER = 'first_responder',
  RA_OFFICER = 'ra_officer',
  RA_HEAD = 'ra_head',
  CHILD_PROTECTION_WORKER = 'child_protection_worker',
  FORMAL_ID_POLICE = 'formal_id_police',
  FORMAL_ID_SOCIAL = 'formal_id_social',
  CASE_MANAGER = 'case_manager',
  SHELTER_STAFF = 'shelter_staff',
  /** The shelter's programme manager: assigns case managers, receives complaints and the shelter's escalations. */
  SHELTER_HEAD = 'shelter_head',
  NATIONAL_COORDINATOR = 'national_coordinator',
  AUDITOR = 'auditor',
  PLATFORM_ADMIN = 'platform_admin',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: string): value is Role {
  return (ALL_ROLES as readonly string[]).includes(value);
}

/** Staff of the Responsible Authority: they receive every new identification. */
export const RESPONSIBLE_AUTHORITY_ROLES: readonly Role[] = [Role.RA_OFFICER, Role.RA_HEAD];

/** The kind of agency a user acts for (docs/domain.md §1); tokens carry it as the `agency_type` claim. */
export enum AgencyType {
  STATE_POLICE = 'STATE_POLICE',
  BORDER_POLICE = 'BORDER_POLICE',
  LABOUR_INSPECTORATE = 'LABOUR_INSPECTORATE',
  SOCIAL_SERVICES = 'SOCIAL_SERVICES',
  SCHOOL = 'SCHOOL',
  HEALTH = 'HEALTH',
  NGO = 'NGO',
  CONSULAR = 'CONSULAR',
  RESPONSIBLE_AUTHORITY = 'RESPONSIBLE_AUTHORITY',
  CHILD_PROTECTION_UNIT = 'CHILD_PROTECTION_UNIT',
  REGIONAL_SOCIAL_SERVICE = 'REGIONAL_SOCIAL_SERVICE',
  SHELTER_NGO = 'SHELTER_NGO',
  SHELTER_STATE = 'SHELTER_STATE',
  NATIONAL_COORDINATOR = 'NATIONAL_COORDINATOR',
  OVERSIGHT = 'OVERSIGHT',
  PLATFORM = 'PLATFORM',
}

export const ALL_AGENCY_TYPES: readonly AgencyType[] = Object.values(AgencyType);

export function isAgencyType(value: string): value is AgencyType {
  return (ALL_AGENCY_TYPES as readonly string[]).includes(value);
}

/**
 * What a member of a shelter's multidisciplinary team does (the user attribute `team_function`): case teams and
 * assessments pick people by it.
 */
export enum TeamFunction {
  PSYCHOLOGIST = 'PSYCHOLOGIST',
  DOCTOR = 'DOCTOR',
  LAWYER = 'LAWYER',
  TEACHER = 'TEACHER',
  JOB_COORDINATOR = 'JOB_COORDINATOR',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
}

const ALL_TEAM_FUNCTIONS: readonly TeamFunction[] = Object.values(TeamFunction);

export function isTeamFunction(value: string): value is TeamFunction {
  return (ALL_TEAM_FUNCTIONS as readonly string[]).includes(value);
}
