/** The realm role names of the access token (docs/domain.md §1), grouped as the portal's menus use them. */
export const ROLE = {
  firstResponder: 'first_responder',
  raOfficer: 'ra_officer',
  raHead: 'ra_head',
  childProtectionWorker: 'child_protection_worker',
  formalIdPolice: 'formal_id_police',
  formalIdSocial: 'formal_id_social',
  caseManager: 'case_manager',
  shelterStaff: 'shelter_staff',
  shelterHead: 'shelter_head',
  nationalCoordinator: 'national_coordinator',
  auditor: 'auditor',
  platformAdmin: 'platform_admin',
} as const;

export const RA_ROLES: readonly string[] = [ROLE.raOfficer, ROLE.raHead];
export const SHELTER_ROLES: readonly string[] = [ROLE.caseManager, ROLE.shelterStaff, ROLE.shelterHead];
export const FORMAL_ID_GROUP_ROLES: readonly string[] = [ROLE.formalIdPolice, ROLE.formalIdSocial, ROLE.childProtectionWorker];
