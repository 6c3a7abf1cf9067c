import { useQuery } from '@apollo/client/react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiProblems } from '../../errors';
import { AssessmentsTab } from './AssessmentsTab';
import { ClosureTab } from './ClosureTab';
import { ComplaintsTab } from './ComplaintsTab';
import { QueryState } from './fields';
import { MonitoringTab } from './MonitoringTab';
import { CaseQuery, CaseRecordsQuery } from './operations';
import { PlanTab } from './PlanTab';
import { isOpen } from './schemas';
import { SummaryTab, TeamTab } from './SummaryTab';

const TABS = ['summary', 'team', 'assessments', 'plan', 'monitoring', 'complaints', 'closure'] as const;

/**
 * One case: its summary and phase, team, needs assessments, reintegration plan, monitoring, complaints and closure.
 * The person's records are read separately; when the shelter may no longer read them (after a closure or a transfer)
 * the case's own fields still show.
 */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const caseQuery = useQuery(CaseQuery, { variables: { id }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const theCase = caseQuery.data?.case;
  const personId = theCase?.person?.id;
  // Another shelter's case and an unknown id get the same answer from the API, and the same words here.
  const unavailable = !theCase && apiProblems(caseQuery.error).some((problem) => problem.code === 'FORBIDDEN' || problem.code === 'NOT_FOUND');
  const records = useQuery(CaseRecordsQuery, { variables: { personId: personId ?? '' }, skip: !personId, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  // Only the first load shows as loading: a refresh keeps what is shown (and the open form) until the answer comes.
  const recordsLoading = records.loading && !records.data;
  // The shelter reads the person shortly after accepting (its relationship is recorded by identification): a refresh
  // after a change asks for the case again too, so the records appear once they may be read.
  const refetchRecords = () => {
    void caseQuery.refetch();
    if (personId) void records.refetch();
  };
  return (
    <section aria-labelledby="case-heading">
      <h1 id="case-heading">{theCase ? t('cases.case.title', { reference: theCase.reference }) : t('cases.case.titleLoading')}</h1>
      {unavailable ? (
        <p role="alert" className="alert">
          {t('cases.case.unavailable')}
        </p>
      ) : (
        <QueryState loading={caseQuery.loading && !theCase} error={theCase ? undefined : caseQuery.error} empty={!theCase} emptyText={t('cases.case.notFound')}>
          {theCase && (
            <Tabs className="cases-tabs">
              <TabList aria-label={t('cases.case.sections')} className="cases-tablist">
                {TABS.map((tab) => (
                  <Tab key={tab} id={tab} className="cases-tab">
                    {t(`cases.tabs.${tab}`)}
                  </Tab>
                ))}
              </TabList>
              <TabPanel id="summary" className="cases-panel">
                <SummaryTab theCase={theCase} />
              </TabPanel>
              <TabPanel id="team" className="cases-panel">
                <TeamTab theCase={theCase} />
              </TabPanel>
              <TabPanel id="assessments" className="cases-panel">
                <AssessmentsTab caseId={theCase.id} open={isOpen(theCase.status)} person={records.data?.person} loading={recordsLoading} error={records.error} onRecorded={refetchRecords} />
              </TabPanel>
              <TabPanel id="plan" className="cases-panel">
                <PlanTab
                  caseId={theCase.id}
                  open={isOpen(theCase.status)}
                  plans={records.data?.person?.reintegrationPlans?.filter((plan) => plan.caseId === theCase.id)}
                  isChild={Boolean(records.data?.person?.summary.isChild)}
                  loading={recordsLoading}
                  error={records.error}
                  onSaved={refetchRecords}
                />
              </TabPanel>
              <TabPanel id="monitoring" className="cases-panel">
                <MonitoringTab
                  theCase={theCase}
                  contacts={records.data?.person?.monitoringContacts?.filter((contact) => contact.caseId === theCase.id)}
                  loading={recordsLoading}
                  error={records.error}
                  onRecorded={refetchRecords}
                />
              </TabPanel>
              <TabPanel id="complaints" className="cases-panel">
                <ComplaintsTab caseId={theCase.id} open={isOpen(theCase.status)} />
              </TabPanel>
              <TabPanel id="closure" className="cases-panel">
                <ClosureTab theCase={theCase} />
              </TabPanel>
            </Tabs>
          )}
        </QueryState>
      )}
    </section>
  );
}

export default CasePage;
