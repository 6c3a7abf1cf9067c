import { useQuery } from '@apollo/client/react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { rolesOf } from '../../auth';
import { loadConfig } from '../../config';
import { ROLE } from '../../roles';
import { TableChooser, PeriodPicker, type TableChoice } from './Controls';
import { CountsSection } from './CountsSection';
import { ExportSection, type ExportDownload } from './ExportSection';
import { FunnelSection } from './FunnelSection';
import { NationalStatisticsQuery } from './operations';
import { initialChoice, isValidRange, periodRange, type PeriodChoice } from './period';
import { OccupancySection, OverdueSection } from './ServiceSections';
import { SnapshotsSection } from './SnapshotsSection';
import { TrendSection } from './TrendSection';
import type { StatisticsInput, StatisticsSnapshotSummary } from './types';

/** The threshold the API applies in the app when no table has said it yet (docs/statistics.md, STATISTICS_THRESHOLD). */
const DEFAULT_THRESHOLD = 5;

/**
 * The national statistics dashboard (national coordinator, ra_officer, ra_head): counts by period, measure and one or
 * two dimensions, the year's trend, the funnel and its stage durations, shelter occupancy, overdue items, the
 * published snapshots and the exports. Every figure comes from the API as published: disclosure control is the
 * server's (docs/statistics.md); the page only marks what it withheld and says why. `ra_head` sees exact figures and
 * may choose exact dates.
 */
export function Dashboard({ isHead, download, today = new Date(), pollMs }: { isHead: boolean; download: ExportDownload; today?: Date; pollMs?: number }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<PeriodChoice>(() => initialChoice(today));
  const [choice, setChoice] = useState<TableChoice>({ measure: 'IDENTIFICATIONS', rows: 'SEX', columns: '' });
  const [snapshot, setSnapshot] = useState<StatisticsSnapshotSummary | null>(null);
  // While exact dates are being typed the last whole range stays asked for; the fields say what is wrong.
  const chosen = periodRange(period);
  const lastValid = useRef(chosen);
  const rangeValid = isValidRange(chosen);
  if (rangeValid) lastValid.current = chosen;
  const range = lastValid.current;
  const input: StatisticsInput = useMemo(
    () => ({ from: range.from, to: range.to, groupBy: choice.columns ? [choice.rows, choice.columns] : [choice.rows], measure: choice.measure }),
    [range.from, range.to, choice],
  );
  // The same request as the counts section's (one in the cache): its threshold words the note for every section.
  const { data } = useQuery(NationalStatisticsQuery, { variables: { input } });
  const threshold = data?.nationalStatistics.threshold ?? DEFAULT_THRESHOLD;
  const year = Number(range.from.slice(0, 4)) || today.getFullYear();
  const yearEnd = `${year}-12-31`;
  return (
    <section aria-labelledby="statistics-heading" className="statistics-page">
      <h1 id="statistics-heading">{t('statistics.title')}</h1>
      <p className="hint">{isHead ? t('statistics.introHead') : t('statistics.intro')}</p>
      <form className="card" aria-label={t('statistics.choose')} onSubmit={(event) => event.preventDefault()}>
        <PeriodPicker choice={period} onChange={setPeriod} exactAllowed={isHead} today={today} />
        {!rangeValid && (
          <p role="alert" className="field-error">
            {t('statistics.period.invalid')}
          </p>
        )}
        <TableChooser choice={choice} onChange={setChoice} />
      </form>
      <CountsSection input={input} threshold={threshold} />
      <TrendSection year={year} measure={choice.measure} today={today} />
      <FunnelSection from={range.from} to={range.to} />
      <OccupancySection from={`${year}-01-01`} to={yearEnd} threshold={threshold} />
      <OverdueSection threshold={threshold} />
      <SnapshotsSection onExport={setSnapshot} />
      <ExportSection table={input} snapshot={snapshot} download={download} pollMs={pollMs} />
    </section>
  );
}

/** The page: the caller's roles and token from the sign-in, the file fetched from the gateway's origin. */
export default function StatisticsPage() {
  const auth = useAuth();
  const token = auth.user?.access_token;
  const download: ExportDownload = async (id) => {
    const { gatewayUrl } = await loadConfig();
    const response = await fetch(new URL(`/statistics/exports/${encodeURIComponent(id)}`, gatewayUrl), { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!response.ok) throw new Error(`The export's file: ${response.status}`);
    return response.blob();
  };
  return <Dashboard isHead={rolesOf(token).includes(ROLE.raHead)} download={download} />;
}
