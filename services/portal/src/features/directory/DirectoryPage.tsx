import { useQuery } from '@apollo/client/react';
import type { ColumnDef } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { rolesOf } from '../../auth';
import { DataTable } from '../../DataTable';
import { apiProblems } from '../../errors';
import { ROLE } from '../../roles';
import { AuthorisationForm } from './AuthorisationForm';
import { PROVIDER_AGENCY_TYPES, type Provider } from './model';
import { DirectoryQuery, DirectoryUsersQuery } from './operations';
import { ProviderForm } from './ProviderForm';
import { ProviderHistory } from './ProviderHistory';
import { ProviderTable } from './ProviderTable';

type Panel = { kind: 'create' } | { kind: 'edit'; providerId: string } | { kind: 'history'; providerId: string } | null;

/** The directory: providers (platform_admin creates and edits them; ra_head authorises), agencies and users (read-only). */
export function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const roles = rolesOf(auth.user?.access_token);
  const isAdmin = roles.includes(ROLE.platformAdmin);
  const isRaHead = roles.includes(ROLE.raHead);
  const { data, loading, error } = useQuery(DirectoryQuery, { variables: { locale: i18n.language } });
  const [panel, setPanel] = useState<Panel>(null);
  const [message, setMessage] = useState<string | null>(null);
  const regionLabel = useCallback((code: string) => data?.regions.find((region) => region.code === code)?.label ?? code, [data]);
  const providers = data?.serviceProviders ?? [];
  const selected = panel && panel.kind !== 'create' ? providers.find((provider) => provider.id === panel.providerId) : undefined;
  const freeAgencies = (data?.agencies ?? []).filter((agency) => PROVIDER_AGENCY_TYPES.includes(agency.type) && !providers.some((provider) => provider.agencyId === agency.id));
  const open = (next: Panel) => {
    setMessage(null);
    setPanel(next);
    // The form or history opens below the table: move focus to its heading so keyboard and screen-reader users follow.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.directory-panel h2')?.focus());
  };
  const onEdit = useCallback((provider: Provider) => open({ kind: 'edit', providerId: provider.id }), []);
  const onHistory = useCallback((provider: Provider) => open({ kind: 'history', providerId: provider.id }), []);

  return (
    <section aria-labelledby="directory-heading">
      <h1 id="directory-heading">{t('directory.title')}</h1>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {error && <p role="alert">{t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}</p>}
      {data && (
        <section aria-labelledby="providers-heading">
          <h2 id="providers-heading">{t('directory.providers')}</h2>
          {message && <p role="status" className="directory-message">{message}</p>}
          {isAdmin && (
            <Button className="button" onPress={() => open({ kind: 'create' })}>
              {t('directory.newProvider')}
            </Button>
          )}
          {providers.length === 0 ? <p>{t('directory.noProviders')}</p> : <ProviderTable providers={providers} regionLabel={regionLabel} canEdit={isAdmin} onEdit={onEdit} onHistory={onHistory} />}
          <div className="directory-panel">
            {panel?.kind === 'create' && (
              <ProviderForm
                agencies={freeAgencies}
                regions={data.regions}
                onCancel={() => setPanel(null)}
                onDone={(text) => {
                  setPanel(null);
                  setMessage(text);
                }}
              />
            )}
            {panel?.kind === 'edit' && selected && (
              <ProviderForm
                key={selected.id}
                provider={selected}
                agencies={[]}
                regions={data.regions}
                onCancel={() => setPanel(null)}
                onDone={(text) => {
                  setPanel(null);
                  setMessage(text);
                }}
              />
            )}
            {panel?.kind === 'history' && selected && (
              <>
                {isRaHead && <AuthorisationForm provider={selected} />}
                <ProviderHistory key={selected.id} provider={selected} />
              </>
            )}
          </div>
        </section>
      )}
      {data && <Agencies agencies={data.agencies} regionLabel={regionLabel} />}
      {isAdmin && <Users agencyName={(id) => data?.agencies.find((agency) => agency.id === id)?.name ?? id} />}
    </section>
  );
}

type Agency = { id: string; name: string; type: string; region?: string | null };

function Agencies({ agencies, regionLabel }: { agencies: Agency[]; regionLabel: (code: string) => string }) {
  const { t } = useTranslation();
  const columns = useMemo<ColumnDef<Agency>[]>(
    () => [
      { id: 'name', header: () => t('directory.columns.name'), cell: ({ row }) => row.original.name },
      { id: 'type', header: () => t('directory.columns.type'), cell: ({ row }) => t(`directory.agencyType.${row.original.type}`, { defaultValue: row.original.type }) },
      { id: 'region', header: () => t('directory.columns.region'), cell: ({ row }) => (row.original.region ? regionLabel(row.original.region) : t('directory.national')) },
    ],
    [t, regionLabel],
  );
  return (
    <section aria-labelledby="agencies-heading">
      <h2 id="agencies-heading">{t('directory.agencies')}</h2>
      {agencies.length === 0 ? (
        <p>{t('directory.noAgencies')}</p>
      ) : (
        <DataTable rows={agencies} columns={columns} rowId={(agency) => agency.id} labelledBy="agencies-heading" />
      )}
    </section>
  );
}

function Users({ agencyName }: { agencyName: (id: string) => string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(DirectoryUsersQuery);
  const users = useMemo(() => data?.users ?? [], [data]);
  const columns = useMemo<ColumnDef<(typeof users)[number]>[]>(
    () => [
      { id: 'username', header: () => t('directory.columns.username'), cell: ({ row }) => row.original.username },
      { id: 'roles', header: () => t('directory.columns.roles'), cell: ({ row }) => row.original.roles.map((role) => t(`roles.${role.toLowerCase()}`, { defaultValue: role })).join(', ') },
      { id: 'agency', header: () => t('directory.columns.agency'), cell: ({ row }) => (row.original.agencyId ? agencyName(row.original.agencyId) : '—') },
    ],
    [t, agencyName],
  );
  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">{t('directory.users')}</h2>
      <p className="hint">{t('directory.usersHint')}</p>
      {loading && <p role="status">{t('common.loading')}</p>}
      {error && <p role="alert">{t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}</p>}
      {data && users.length === 0 && <p>{t('directory.noUsers')}</p>}
      {users.length > 0 && (
        <DataTable rows={users} columns={columns} rowId={(user) => user.id} labelledBy="users-heading" />
      )}
    </section>
  );
}

export default DirectoryPage;
