import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Button, Label, ProgressBar, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { apiProblems, type ApiProblem } from '../../errors';
import { RadioItem } from '../../ui';
import { RequestStatisticsExportMutation, StatisticsExportQuery } from './operations';
import { usePeriodLabel } from './PeriodLabel';
import { EXPORT_FORMATS, EXPORT_KINDS, type ExportFormat, type ExportKind, type StatisticsExport, type StatisticsInput, type StatisticsSnapshotSummary } from './types';

/** Fetches an export's file with the caller's token (`GET /statistics/exports/:id` on the gateway's origin). */
export type ExportDownload = (id: string) => Promise<Blob>;

interface Saved {
  name: string;
  url: string;
}

/**
 * An export of the table on screen, of an opened snapshot or of the CTDC record-level file, as CSV or XLSX: asked for,
 * its progress followed (`statisticsExport`, polled), then saved. The file is fetched once into this page's memory and
 * let go when replaced or when the page is left.
 */
export function ExportSection({ table, snapshot, download, pollMs = 1000 }: { table: StatisticsInput; snapshot: StatisticsSnapshotSummary | null; download: ExportDownload; pollMs?: number }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const periodLabel = usePeriodLabel();
  const [kind, setKind] = useState<ExportKind>('TABLE');
  const [format, setFormat] = useState<ExportFormat>('CSV');
  const [job, setJob] = useState<StatisticsExport | null>(null);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [failed, setFailed] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [request, { loading }] = useMutation(RequestStatisticsExportMutation);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  useEffect(() => () => void (saved && URL.revokeObjectURL(saved.url)), [saved]);
  // An opened snapshot is what the user most likely wants to export next.
  useEffect(() => {
    if (snapshot) setKind('SNAPSHOT');
  }, [snapshot]);

  const busy = loading || (job !== null && (job.state === 'QUEUED' || job.state === 'RUNNING'));
  const start = async () => {
    setProblems([]);
    setFailed(false);
    setSaved(null);
    try {
      // CTDC takes the table's period (of identification); a snapshot, its id.
      const result = await request({ variables: { input: { kind, format, table: kind === 'SNAPSHOT' ? null : table, snapshotId: kind === 'SNAPSHOT' ? (snapshot?.id ?? null) : null } } });
      let current = result.data!.requestStatisticsExport;
      setJob(current);
      while (alive.current && (current.state === 'QUEUED' || current.state === 'RUNNING')) {
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        const { data } = await client.query({ query: StatisticsExportQuery, variables: { id: current.id }, fetchPolicy: 'no-cache' });
        if (!data?.statisticsExport) throw new Error('The export is gone');
        current = data.statisticsExport;
        if (alive.current) setJob(current);
      }
      if (!alive.current) return;
      if (current.state === 'FAILED') {
        setFailed(true);
        return;
      }
      const blob = await download(current.id);
      const file = { name: current.fileName ?? `statistics-${current.id}.${format.toLowerCase()}`, url: URL.createObjectURL(blob) };
      setSaved(file);
      const link = document.createElement('a');
      link.href = file.url;
      link.download = file.name;
      link.click();
    } catch (error) {
      setProblems(apiProblems(error));
    }
  };

  return (
    <section aria-labelledby="statistics-export-heading" className="statistics-section">
      <h2 id="statistics-export-heading">{t('statistics.export.title')}</h2>
      <p className="hint">{t('statistics.export.intro')}</p>
      <div className="card">
        <RadioGroup className="field" value={kind} onChange={(value) => setKind(value as ExportKind)} isDisabled={busy}>
          <Label>{t('statistics.export.kind')}</Label>
          {EXPORT_KINDS.map((value) => (
            <RadioItem key={value} value={value}>
              {value === 'SNAPSHOT' && snapshot
                ? t('statistics.export.snapshotOf', { period: periodLabel({ from: snapshot.periodStart, to: snapshot.periodEnd, granularity: snapshot.periodKind ?? 'EXACT' }), revision: snapshot.revision ?? 1 })
                : t(`statistics.export.kinds.${value}`)}
            </RadioItem>
          ))}
        </RadioGroup>
        {kind === 'SNAPSHOT' && !snapshot && <p className="hint">{t('statistics.export.openSnapshotFirst')}</p>}
        {kind === 'CTDC' && <p className="hint">{t('statistics.export.ctdcExplain')}</p>}
        <RadioGroup className="field" value={format} onChange={(value) => setFormat(value as ExportFormat)} isDisabled={busy}>
          <Label>{t('statistics.export.format')}</Label>
          {EXPORT_FORMATS.map((value) => (
            <RadioItem key={value} value={value}>
              {t(`statistics.export.formats.${value}`)}
            </RadioItem>
          ))}
        </RadioGroup>
        {problems.length > 0 && (
          <div role="alert" className="alert">
            {problems.map((problem, index) => (
              <p key={index}>{t(`statistics.errors.${problem.code}`, { defaultValue: t(`apiErrors.${problem.code}`) })}</p>
            ))}
          </div>
        )}
        {failed && (
          <p role="alert" className="alert">
            {t('statistics.export.failed')}
          </p>
        )}
        {busy && job && (
          <ProgressBar className="consent-progress" value={job.progress} minValue={0} maxValue={100} aria-label={t('statistics.export.progress')}>
            {({ valueText }) => (
              <>
                <span className="consent-progress-label">
                  {t(`statistics.export.states.${job.state}`)} {valueText}
                </span>
                <span className="consent-progress-track" aria-hidden="true">
                  <span className="statistics-progress-fill" style={{ width: `${job.progress}%` }} />
                </span>
              </>
            )}
          </ProgressBar>
        )}
        {saved && (
          <div role="status" className="consent-done">
            <p>{t('statistics.export.ready')}</p>
            <a href={saved.url} download={saved.name}>
              {t('statistics.export.download', { name: saved.name })}
            </a>
          </div>
        )}
        <div className="actions">
          <Button className="button" isDisabled={busy || (kind === 'SNAPSHOT' && !snapshot)} onPress={() => void start()}>
            {busy ? t('statistics.export.running') : t('statistics.export.start')}
          </Button>
        </div>
      </div>
    </section>
  );
}
