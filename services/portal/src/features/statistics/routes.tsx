import { lazy } from 'react';
import { ROLE } from '../../roles';
import type { Feature } from '../feature';

const Dashboard = lazy(() => import('./Dashboard'));

export const feature: Feature = {
  navigation: [{ to: '/statistics', label: 'statistics.nav', roles: [ROLE.nationalCoordinator, ROLE.raHead], order: 80 }],
  routes: [{ path: '/statistics', roles: [ROLE.nationalCoordinator, ROLE.raHead], Page: Dashboard }],
};
