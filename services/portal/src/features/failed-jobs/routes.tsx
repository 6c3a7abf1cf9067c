import { lazy } from 'react';
import { ROLE } from '../../roles';
import type { Feature } from '../feature';

const FailedJobsPage = lazy(() => import('./FailedJobsPage'));
const ROLES = [ROLE.platformAdmin];

export const feature: Feature = {
  navigation: [{ to: '/failed-jobs', label: 'failed-jobs.nav', roles: ROLES, order: 90 }],
  routes: [{ path: '/failed-jobs', roles: ROLES, Page: FailedJobsPage }],
};
