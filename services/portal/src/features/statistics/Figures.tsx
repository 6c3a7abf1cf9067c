import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { valueLabel } from './model';
import { StatisticsRegionsQuery } from './operations';
import type { Dimension, Figure } from './types';

/** The id of the page's one explanation of suppression, which every marked figure points at. */
export const SUPPRESSION_NOTE_ID = 'statistics-suppression-note';

/** A count in the user's language, or the mark of a figure withheld by disclosure control (never "< 5" or a guess). */
export function FigureValue({ figure, threshold, noteId = SUPPRESSION_NOTE_ID }: { figure: Figure; threshold: number; noteId?: string }) {
  const { t, i18n } = useTranslation();
  if (figure.suppressed)
    return (
      <span className="statistics-suppressed" title={t('statistics.suppression.tooltip', { threshold })} aria-describedby={noteId}>
        {t('statistics.suppression.marker')}
        <sup aria-hidden="true">*</sup>
      </span>
    );
  if (figure.count === null) return <span>{t('statistics.noFigure')}</span>;
  return <>{new Intl.NumberFormat(i18n.language).format(figure.count)}</>;
}

/** Why figures are marked: the method and the threshold in force (docs/statistics.md, "Disclosure control"). */
export function SuppressionNote({ threshold, id = SUPPRESSION_NOTE_ID }: { threshold: number; id?: string }) {
  const { t } = useTranslation();
  // ra_head's figures are exact: the API says so with a threshold of 0.
  if (threshold === 0)
    return (
      <p id={id} className="statistics-note">
        {t('statistics.suppression.exact')}
      </p>
    );
  return (
    <p id={id} className="statistics-note">
      <span aria-hidden="true">* </span>
      <strong>{t('statistics.suppression.marker')}</strong>: {t('statistics.suppression.explanation', { threshold })}
    </p>
  );
}

/** Dimension values in words (regions from the API in the user's language). */
export function useValueLabel(): (dimension: Dimension, value: string) => string {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('sq') ? 'sq' : 'en';
  const { data } = useQuery(StatisticsRegionsQuery, { variables: { locale } });
  const regions = useMemo(() => new Map((data?.regions ?? []).map((region) => [region.code.toUpperCase(), region.label])), [data]);
  return useMemo(() => (dimension: Dimension, value: string) => valueLabel(t, i18n.language, regions, dimension, value), [t, i18n.language, regions]);
}
