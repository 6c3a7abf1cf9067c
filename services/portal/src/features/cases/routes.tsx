import { lazy } from 'react';
import { SHELTER_ROLES } from '../../roles';
import type { Feature } from '../feature';

const ReferralsPage = lazy(() => import('./ReferralsPage'));
const CasesPage = lazy(() => import('./CasesPage'));
const CasePage = lazy(() => import('./CasePage'));

/** The shelter's pages: incoming referrals, its cases and each case (docs/portal.md, "Pages today"). */
export const feature: Feature = {
  navigation: [
    { to: '/referrals/incoming', label: 'cases.nav.referrals', roles: SHELTER_ROLES, order: 30 },
    { to: '/cases', label: 'cases.nav.cases', roles: SHELTER_ROLES, order: 31 },
  ],
  routes: [
    { path: '/referrals/incoming', roles: SHELTER_ROLES, Page: ReferralsPage },
    { path: '/cases', roles: SHELTER_ROLES, Page: CasesPage },
    { path: '/cases/:id', roles: SHELTER_ROLES, Page: CasePage },
  ],
};
