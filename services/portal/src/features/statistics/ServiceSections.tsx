import { useQuery } from '@apollo/client/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../DataTable';
import { apiProblems } from '../../errors';
import { BarsChart, LinesChart } from './charts';
import { FigureValue } from './Figures';
import { chartValue } from './model';
import { OverdueItemsQuery, ShelterOccupancyQuery } from './operations';
import type { OccupancyPoint, OverdueCount } from './types';
import { formatCalendar } from '../../format';

function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="alert">
      {t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}
    </p>
  );
}

/** Persons in shelters at the end of each month of the range (admitted and not yet out). */
export function OccupancySection({ from, to, threshold }: { from: string; to: string; threshold: number }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(ShelterOccupancyQuery, { variables: { from, to } });
  const points = data?.shelterOccupancy ?? [];
  const monthOf = (date: string) => formatCalendar(date, 'LLL yyyy', i18n.language);
  const columns = useMemo(() => {
    const column = createColumnHelper<OccupancyPoint>();
    return [
      column.accessor('date', { header: () => t('statistics.occupancy.date'), cell: (cell) => formatCalendar(cell.getValue(), 'LLLL yyyy', i18n.language) }),
      column.display({ id: 'occupied', header: () => t('statistics.occupancy.occupied'), cell: (cell) => <FigureValue figure={{ count: cell.row.original.occupied, suppressed: cell.row.original.suppressed }} threshold={threshold} /> }),
    ];
  }, [t, i18n.language, threshold]);
  return (
    <section aria-labelledby="statistics-occupancy-heading" className="statistics-section">
      <h2 id="statistics-occupancy-heading">{t('statistics.occupancy.title')}</h2>
      {error && <Problem error={error} />}
      {data && points.length === 0 && <p>{t('statistics.occupancy.empty')}</p>}
      {points.length > 0 && (
        <>
          <LinesChart
            label={t('statistics.chartOf', { what: t('statistics.occupancy.caption') })}
            data={points.map((point) => ({ label: monthOf(point.date), value: chartValue({ count: point.occupied, suppressed: point.suppressed }) }))}
            series={[{ key: 'value', label: t('statistics.occupancy.occupied') }]}
          />
          <DataTable labelledBy="statistics-occupancy-heading" caption={t('statistics.occupancy.caption')} rows={points} columns={columns} rowId={(row) => row.date} className="statistics-table" testId="statistics-occupancy" />
        </>
      )}
    </section>
  );
}

/** Statutory deadlines past due now, by kind. */
export function OverdueSection({ threshold }: { threshold: number }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(OverdueItemsQuery);
  const items = data?.overdueItems ?? [];
  const kind = (value: string) => t(`statistics.overdue.kinds.${value}`, { defaultValue: value });
  const columns = useMemo(() => {
    const column = createColumnHelper<OverdueCount>();
    return [
      column.accessor('kind', { header: () => t('statistics.overdue.kind'), cell: (cell) => kind(cell.getValue()) }),
      column.display({ id: 'count', header: () => t('statistics.overdue.count'), cell: (cell) => <FigureValue figure={cell.row.original} threshold={threshold} /> }),
    ];
  }, [t, threshold]);
  return (
    <section aria-labelledby="statistics-overdue-heading" className="statistics-section">
      <h2 id="statistics-overdue-heading">{t('statistics.overdue.title')}</h2>
      {error && <Problem error={error} />}
      {data && items.length === 0 && <p>{t('statistics.overdue.empty')}</p>}
      {items.length > 0 && (
        <>
          <DataTable labelledBy="statistics-overdue-heading" caption={t('statistics.overdue.caption')} rows={items} columns={columns} rowId={(row) => row.kind} className="statistics-table" testId="statistics-overdue" />
          <BarsChart label={t('statistics.chartOf', { what: t('statistics.overdue.caption') })} layout="vertical" data={items.map((item) => ({ label: kind(item.kind), value: chartValue(item) }))} series={[{ key: 'value', label: t('statistics.overdue.count') }]} />
        </>
      )}
    </section>
  );
}
