import { useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiProblems, problemAt } from '../../errors';
import { SelectControl, TextControl } from '../../form-fields';
import type { AuditTrailFilter } from '../../gql/graphql';
import { AuditTable } from './AuditTable';
import { auditSearchSchema, filterOf, LEGAL_BASES, type AuditSearchValues } from './filters';
import { AuditAgenciesQuery, AuditEntriesQuery } from './operations';
import { Verification } from './Verification';

const PAGE_SIZE = 25;

/** The auditor's page: a person's merged audit trail, filtered and paged, and the verification of every chain. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState<{ personId: string; filter: AuditTrailFilter } | null>(null);
  /** The cursor of each page shown so far: going back needs no request the API cannot answer. */
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const agencies = useQuery(AuditAgenciesQuery, { variables: { locale: i18n.language } });
  const agencyName = useCallback((id: string) => agencies.data?.agencies.find((agency) => agency.id === id)?.name ?? id, [agencies.data]);
  const trail = useQuery(AuditEntriesQuery, {
    skip: !search,
    variables: { personId: search?.personId ?? '', first: PAGE_SIZE, after: cursors[page] ?? null, filter: search?.filter ?? {} },
    fetchPolicy: 'network-only',
  });
  const { control, handleSubmit } = useForm<AuditSearchValues>({
    resolver: zodResolver(auditSearchSchema),
    defaultValues: { personId: '', agencyId: '', basis: '', from: '', to: '' },
  });
  const submit = handleSubmit((values) => {
    setCursors([null]);
    setSearch({ personId: values.personId.trim(), filter: filterOf(values) });
  });
  const problems = trail.error ? apiProblems(trail.error) : [];
  const fieldCode = (path: string) => {
    const code = problemAt(problems, path);
    return code ? t(`apiErrors.${code}`) : undefined;
  };
  const generalCode = problems.length > 0 && !problems.some((problem) => problem.fields.length > 0) ? problems[0]!.code : undefined;
  const rows = trail.data?.auditEntries.edges.map((edge) => edge.node) ?? [];
  const pageInfo = trail.data?.auditEntries.pageInfo;

  return (
    <section aria-labelledby="audit-heading">
      <h1 id="audit-heading">{t('audit.title')}</h1>
      <p className="hint">{t('audit.intro')}</p>
      <Form className="card" onSubmit={(event) => void submit(event)} aria-label={t('audit.search.label')} validationBehavior="aria">
        <TextControl control={control} name="personId" label={t('audit.search.personId')} description={t('audit.search.personIdHint')} error={fieldCode('personId')} />
        <div className="row">
          <SelectControl
            control={control}
            name="agencyId"
            label={t('audit.search.agency')}
            placeholder={t('audit.search.anyAgency')}
            error={fieldCode('filter.agencyId')}
            options={[{ value: '', label: t('audit.search.anyAgency') }, ...(agencies.data?.agencies ?? []).map((agency) => ({ value: agency.id, label: agency.name }))]}
          />
          <SelectControl
            control={control}
            name="basis"
            label={t('audit.search.basis')}
            placeholder={t('audit.search.anyBasis')}
            error={fieldCode('filter.basis')}
            options={[{ value: '', label: t('audit.search.anyBasis') }, ...LEGAL_BASES.map((basis) => ({ value: basis, label: t(`audit.basis.${basis}`) }))]}
          />
        </div>
        <div className="row">
          <TextControl control={control} name="from" type="date" label={t('audit.search.from')} error={fieldCode('filter.from')} />
          <TextControl control={control} name="to" type="date" label={t('audit.search.to')} error={fieldCode('filter.to')} />
        </div>
        <div className="actions">
          <Button type="submit" className="button">
            {t('audit.search.submit')}
          </Button>
        </div>
      </Form>

      <section aria-labelledby="audit-trail-heading">
        <h2 id="audit-trail-heading">{t('audit.trail.title')}</h2>
        {!search && <p>{t('audit.trail.choose')}</p>}
        {trail.loading && <p role="status">{t('common.loading')}</p>}
        {generalCode && <p role="alert" className="alert">{t(`apiErrors.${generalCode}`)}</p>}
        {search && trail.data && rows.length === 0 && <p>{page === 0 ? t('audit.trail.empty') : t('audit.trail.noMore')}</p>}
        {rows.length > 0 && (
          <>
            <p className="hint" aria-live="polite">
              {t('audit.trail.page', { page: page + 1, count: rows.length })}
            </p>
            <AuditTable rows={rows} agencyName={agencyName} />
          </>
        )}
        {search && (page > 0 || pageInfo?.hasNextPage) && (
          <div className="actions audit-paging">
            <Button className="button secondary" isDisabled={page === 0 || trail.loading} onPress={() => setCursors((list) => list.slice(0, -1))}>
              {t('audit.trail.previous')}
            </Button>
            <Button
              className="button secondary"
              isDisabled={!pageInfo?.hasNextPage || trail.loading}
              onPress={() => pageInfo?.endCursor && setCursors((list) => [...list, pageInfo.endCursor!])}
            >
              {t('audit.trail.next')}
            </Button>
          </div>
        )}
      </section>
      <Verification />
    </section>
  );
}

export default AuditPage;
