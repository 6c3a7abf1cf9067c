import { lazy } from 'react';
import { RA_ROLES, ROLE } from '../../roles';
import type { Feature } from '../feature';

const DeadlinesPage = lazy(() => import('./DeadlinesPage'));
const PersonByReference = lazy(() => import('./PersonByReference'));

/**
 * Who the deadlines API answers (docs/api.md, `deadlines`): the RA, case managers and shelter heads. The page opens
 * for anyone signed in, so another role who follows a link reads the API's refusal in words.
 */
const DEADLINE_READERS = [...RA_ROLES, ROLE.caseManager, ROLE.shelterHead];

export const feature: Feature = {
  navigation: [{ to: '/deadlines', label: 'deadlines.nav', roles: DEADLINE_READERS, order: 85 }],
  routes: [
    { path: '/deadlines', Page: DeadlinesPage },
    { path: '/deadlines/people/:reference', roles: RA_ROLES, Page: PersonByReference },
  ],
};
