import { lazy } from 'react';
import { ROLE, SHELTER_ROLES } from '../../roles';
import type { Feature } from '../feature';

const ReferralsPage = lazy(() => import('./ReferralsPage'));
const CasesPage = lazy(() => import('./CasesPage'));
const CasePage = lazy(() => import('./CasePage'));
/** Who reads a shelter's incoming referrals (the referral service): its case managers, who answer them, and its staff. */
const REFERRAL_READERS = [ROLE.caseManager, ROLE.shelterStaff];

/** The shelter's pages: incoming referrals, its cases and each case (docs/portal.md, "Pages today"). */
export const feature: Feature = {
  navigation: [
    { to: '/referrals/incoming', label: 'cases.nav.referrals', roles: REFERRAL_READERS, order: 30 },
    { to: '/cases', label: 'cases.nav.cases', roles: SHELTER_ROLES, order: 31 },
  ],
  routes: [
    { path: '/referrals/incoming', roles: REFERRAL_READERS, Page: ReferralsPage },
    { path: '/cases', roles: SHELTER_ROLES, Page: CasesPage },
    { path: '/cases/:id', roles: SHELTER_ROLES, Page: CasePage },
  ],
};
