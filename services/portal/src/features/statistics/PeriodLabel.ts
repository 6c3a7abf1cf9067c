import { useTranslation } from 'react-i18next';
import { periodLabel } from './period';
import type { PeriodGranularity } from './types';

/** A counted period in words, in the user's language. */
export function usePeriodLabel() {
  const { t, i18n } = useTranslation();
  return (range: { from: string; to: string; granularity: PeriodGranularity }) => periodLabel(range, i18n.language, (quarter, year) => t('statistics.period.quarterOf', { quarter, year }));
}
