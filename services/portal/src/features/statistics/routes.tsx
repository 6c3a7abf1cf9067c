import { lazy } from 'react';
import { ROLE } from '../../roles';
import type { Feature } from '../feature';

// The dashboard and its charting library load only when the page is first opened (docs/portal.md, "Budget").
const StatisticsPage = lazy(() => import('./Dashboard'));

const ROLES = [ROLE.nationalCoordinator, ROLE.raOfficer, ROLE.raHead];

export const feature: Feature = {
  navigation: [{ to: '/statistics', label: 'statistics.nav', roles: ROLES, order: 80 }],
  routes: [{ path: '/statistics', roles: ROLES, Page: StatisticsPage }],
};
