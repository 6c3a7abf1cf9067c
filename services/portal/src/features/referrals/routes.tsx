import { lazy } from 'react';
import { RA_ROLES } from '../../roles';
import type { Feature } from '../feature';

const ReferralsList = lazy(() => import('./ReferralsList'));
const ReferralDetail = lazy(() => import('./ReferralDetail'));
const ReferPage = lazy(() => import('./ReferPage'));
const FormalIdentificationPage = lazy(() => import('./FormalIdentificationPage'));

/**
 * The Responsible Authority's referrals and formal-identification requests. The menu entry is the RA's; the pages
 * themselves open for anyone signed in, so another role who follows a link sees the API's refusal rather than being
 * sent elsewhere without a word (the API decides, docs/portal.md).
 */
export const feature: Feature = {
  navigation: [{ to: '/referrals', label: 'referrals.nav', roles: RA_ROLES, order: 25 }],
  routes: [
    { path: '/referrals', Page: ReferralsList },
    { path: '/referrals/:id', Page: ReferralDetail },
    { path: '/people/:id/refer', Page: ReferPage },
    { path: '/people/:id/formal-identification', Page: FormalIdentificationPage },
  ],
};
