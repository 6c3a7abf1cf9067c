import { lazy } from 'react';
import { ROLE } from '../../roles';
import type { Feature } from '../feature';

const DirectoryPage = lazy(() => import('./DirectoryPage'));
const ROLES = [ROLE.platformAdmin, ROLE.raHead];

export const feature: Feature = {
  navigation: [{ to: '/directory', label: 'directory.nav', roles: ROLES, order: 75 }],
  routes: [{ path: '/directory', roles: ROLES, Page: DirectoryPage }],
};
