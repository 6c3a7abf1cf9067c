import { lazy } from 'react';
import type { Feature } from '../feature';

const PreferencesPage = lazy(() => import('./PreferencesPage'));

// Every signed-in staff user sets their own e-mail preferences: no role restriction.
export const feature: Feature = {
  navigation: [{ to: '/preferences', label: 'preferences.nav', order: 85 }],
  routes: [{ path: '/preferences', Page: PreferencesPage }],
};
