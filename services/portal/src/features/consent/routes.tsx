import { lazy } from 'react';
import { RA_ROLES } from '../../roles';
import type { Feature } from '../feature';

const ConsentPage = lazy(() => import('./ConsentPage'));

/** Reached from the person's page (a link for the RA roles); no menu entry, as it is always about one person. */
export const feature: Feature = {
  routes: [{ path: '/people/:id/consent', roles: RA_ROLES, Page: ConsentPage }],
};
