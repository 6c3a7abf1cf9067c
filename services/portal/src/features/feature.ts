import type { ComponentType } from 'react';

/**
 * One capability's pages in the portal. Each `features/<name>/routes.tsx` exports `feature: Feature`; the shell collects
 * them (App.tsx), so a capability adds its pages, menu entries and translations (`features/<name>/locales/{en,sq}.json`,
 * served under the key `<name>.`) without touching the others' files. Pages are `lazy()` so each loads when first opened.
 */
export interface Feature {
  /** Menu entries, in the order given; `order` places them among other features' (lower first, default 50). */
  navigation?: { to: string; label: string; roles?: readonly string[]; order?: number }[];
  routes: { path: string; roles?: readonly string[]; Page: ComponentType }[];
}
