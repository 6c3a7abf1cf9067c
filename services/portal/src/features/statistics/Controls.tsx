import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { periodRange, yearsUpTo, type PeriodChoice } from './period';
import { DIMENSIONS, GRANULARITIES, MEASURES, type Dimension, type StatisticsMeasure } from './types';
import { formatCalendar } from '../../format';

function Select<T extends string | number>({ label, value, options, onChange }: { label: string; value: T; options: { value: T; label: string }[]; onChange: (value: T) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={String(value)} onChange={(event) => onChange(options.find((option) => String(option.value) === event.target.value)!.value)}>
        {options.map((option) => (
          <option key={String(option.value)} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateInput({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/**
 * The period: a month, a quarter or a year (what the API publishes to everyone); `ra_head`, who sees exact figures,
 * may also give two dates.
 */
export function PeriodPicker({ choice, onChange, exactAllowed, today }: { choice: PeriodChoice; onChange: (choice: PeriodChoice) => void; exactAllowed: boolean; today: Date }) {
  const { t, i18n } = useTranslation();
  const monthName = (month: number) => formatCalendar(`2000-${month}`, 'LLLL', i18n.language);
  const set = (patch: Partial<PeriodChoice>) => {
    const next = { ...choice, ...patch };
    // Switching to exact dates starts from the period chosen so far.
    onChange(patch.granularity === 'EXACT' && choice.granularity !== 'EXACT' ? { ...next, ...periodRange(choice) } : next);
  };
  return (
    <fieldset className="statistics-period">
      <legend>{t('statistics.period.legend')}</legend>
      <div className="row">
        <Select
          label={t('statistics.period.granularity')}
          value={choice.granularity}
          options={GRANULARITIES.filter((granularity) => exactAllowed || granularity !== 'EXACT').map((granularity) => ({ value: granularity, label: t(`statistics.period.granularities.${granularity}`) }))}
          onChange={(granularity) => set({ granularity })}
        />
        {choice.granularity !== 'EXACT' && <Select label={t('statistics.period.year')} value={choice.year} options={yearsUpTo(today).map((year) => ({ value: year, label: String(year) }))} onChange={(year) => set({ year })} />}
        {choice.granularity === 'MONTH' && (
          <Select label={t('statistics.period.month')} value={choice.month} options={Array.from({ length: 12 }, (_, index) => ({ value: index + 1, label: monthName(index + 1) }))} onChange={(month) => set({ month })} />
        )}
        {choice.granularity === 'QUARTER' && (
          <Select
            label={t('statistics.period.quarter')}
            value={choice.quarter}
            options={[1, 2, 3, 4].map((quarter) => ({ value: quarter, label: t('statistics.period.quarterName', { quarter }) }))}
            onChange={(quarter) => set({ quarter })}
          />
        )}
        {choice.granularity === 'EXACT' && (
          <>
            <DateInput label={t('statistics.period.from')} value={choice.from} onChange={(from) => set({ from })} />
            <DateInput label={t('statistics.period.to')} value={choice.to} onChange={(to) => set({ to })} />
          </>
        )}
      </div>
    </fieldset>
  );
}

export interface TableChoice {
  measure: StatisticsMeasure;
  rows: Dimension;
  /** The second dimension, or none. */
  columns: Dimension | '';
}

/** What to count and by what: the measure and one or two dimensions (never the same one twice). */
export function TableChooser({ choice, onChange }: { choice: TableChoice; onChange: (choice: TableChoice) => void }) {
  const { t } = useTranslation();
  const dimension = (value: Dimension) => ({ value, label: t(`statistics.dimensions.${value}`) });
  return (
    <div className="row">
      <Select label={t('statistics.measure')} value={choice.measure} options={MEASURES.map((value) => ({ value, label: t(`statistics.measures.${value}`) }))} onChange={(measure) => onChange({ ...choice, measure })} />
      <Select
        label={t('statistics.rowsBy')}
        value={choice.rows}
        options={DIMENSIONS.map(dimension)}
        onChange={(rows) => onChange({ ...choice, rows, columns: choice.columns === rows ? '' : choice.columns })}
      />
      <Select<Dimension | ''>
        label={t('statistics.columnsBy')}
        value={choice.columns}
        options={[{ value: '', label: t('statistics.noSecondDimension') }, ...DIMENSIONS.filter((value) => value !== choice.rows).map(dimension)]}
        onChange={(columns) => onChange({ ...choice, columns })}
      />
    </div>
  );
}
