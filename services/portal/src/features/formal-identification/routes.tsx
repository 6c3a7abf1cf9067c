import { lazy } from 'react';
import { FORMAL_ID_GROUP_ROLES, RA_ROLES } from '../../roles';
import type { Feature } from '../feature';

const RequestsPage = lazy(() => import('./RequestsPage'));
const RequestPage = lazy(() => import('./RequestPage'));
const ROLES = [...FORMAL_ID_GROUP_ROLES, ...RA_ROLES];

export const feature: Feature = {
  navigation: [{ to: '/formal-identifications', label: 'formal-identification.nav', roles: ROLES, order: 30 }],
  routes: [
    { path: '/formal-identifications', roles: ROLES, Page: RequestsPage },
    { path: '/formal-identifications/:id', roles: ROLES, Page: RequestPage },
  ],
};
