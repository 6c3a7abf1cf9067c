import { lazy } from 'react';
import { ROLE } from '../../roles';
import type { Feature } from '../feature';

const AuditPage = lazy(() => import('./AuditPage'));

export const feature: Feature = {
  navigation: [{ to: '/audit', label: 'audit.nav', roles: [ROLE.auditor], order: 70 }],
  routes: [{ path: '/audit', roles: [ROLE.auditor], Page: AuditPage }],
};
