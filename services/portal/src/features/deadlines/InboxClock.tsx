import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { agencyIdOf, rolesOf } from '../../auth';
import { apiProblems, type ApiProblem } from '../../errors';
import { RA_ROLES } from '../../roles';
import { DeadlineClock, type ClockDeadline } from './DeadlineClock';
import { AcknowledgeIdentificationMutation, InboxAcknowledgementsQuery, InboxClocksQuery } from './operations';

const IDENTIFICATION_KINDS = new Set(['NEW_IDENTIFICATION', 'ANONYMOUS_IDENTIFICATION']);

/** One identification's acknowledgement clock as the inbox shows it. */
export interface InboxClock {
  deadline: ClockDeadline | null;
  /** Still to acknowledge: the clock is running (open or escalated). */
  awaiting: boolean;
}

export interface InboxClocks {
  clockOf(identificationId: string): InboxClock;
  acknowledge(identificationId: string, reference: string): void;
  mayAcknowledge: boolean;
  /** The identification being acknowledged now, if any. */
  pending: string | null;
  acknowledged: string | null;
  problems: ApiProblem[];
}

/**
 * The inbox's acknowledgement clocks with three reads for the whole list, never one per row: the RA's running deadlines,
 * open and escalated (the API filters by one person at a time, so the rows are matched here by identification) and, for
 * those already met, who acknowledged them from the RA's notifications. Acknowledging refetches both before it reports done (read-your-writes).
 */
export function useInboxClocks(): InboxClocks {
  const token = useAuth().user?.access_token;
  const mayAcknowledge = RA_ROLES.some((role) => rolesOf(token).includes(role));
  const agencyId = agencyIdOf(token);
  const open = useQuery(InboxClocksQuery, { variables: { agencyId, state: 'OPEN' }, fetchPolicy: 'cache-and-network' });
  const escalated = useQuery(InboxClocksQuery, { variables: { agencyId, state: 'ESCALATED' }, fetchPolicy: 'cache-and-network' });
  const acknowledgements = useQuery(InboxAcknowledgementsQuery, { fetchPolicy: 'cache-and-network' });
  const [pending, setPending] = useState<string | null>(null);
  const [acknowledged, setAcknowledged] = useState<string | null>(null);
  const [mutationProblems, setMutationProblems] = useState<ApiProblem[]>([]);
  const [acknowledgeMutation] = useMutation(AcknowledgeIdentificationMutation, {
    refetchQueries: ['InboxClocks', 'InboxAcknowledgements', 'MyNotifications'],
    awaitRefetchQueries: true,
  });

  const running = useMemo(() => {
    const byIdentification = new Map<string, ClockDeadline>();
    for (const edge of [...(open.data?.deadlines.edges ?? []), ...(escalated.data?.deadlines.edges ?? [])]) {
      if (edge.node.kind === 'RA_ACKNOWLEDGEMENT') byIdentification.set(edge.node.subjectId, edge.node);
    }
    return byIdentification;
  }, [open.data, escalated.data]);

  const met = useMemo(() => {
    const byIdentification = new Map<string, ClockDeadline>();
    for (const item of acknowledgements.data?.myNotifications ?? []) {
      if (!IDENTIFICATION_KINDS.has(item.kind) || !item.acknowledgedBy || !item.acknowledgedAt) continue;
      byIdentification.set(item.subjectId, { state: 'MET', dueAt: item.dueAt ?? item.acknowledgedAt, closedAt: item.acknowledgedAt, metBy: item.acknowledgedBy });
    }
    return byIdentification;
  }, [acknowledgements.data]);

  function clockOf(identificationId: string): InboxClock {
    // A deadline met through this page is MET in the cache at once (the mutation's answer), before the refetch.
    const deadline = met.get(identificationId) ?? running.get(identificationId) ?? null;
    return { deadline, awaiting: deadline !== null && (deadline.state === 'OPEN' || deadline.state === 'ESCALATED') };
  }

  function acknowledge(identificationId: string, reference: string): void {
    setPending(identificationId);
    setAcknowledged(null);
    setMutationProblems([]);
    acknowledgeMutation({ variables: { identificationId } })
      .then(() => setAcknowledged(reference))
      .catch((error: unknown) => setMutationProblems(apiProblems(error)))
      .finally(() => setPending(null));
  }

  const readError = open.error ?? escalated.error;
  const problems = [...mutationProblems, ...(readError ? apiProblems(readError) : [])];
  return { clockOf, acknowledge, mayAcknowledge, pending, acknowledged, problems };
}

/** The inbox's acknowledgement cell: the clock and, while it runs, the RA's Acknowledge action. */
export function InboxClockCell({ clocks, identificationId, reference, now }: { clocks: InboxClocks; identificationId: string; reference: string; now: Date }) {
  const { t } = useTranslation();
  const { deadline, awaiting } = clocks.clockOf(identificationId);
  if (!deadline) return <span className="hint">{t('deadlines.clock.none')}</span>;
  const busy = clocks.pending === identificationId;
  return (
    <span className="inbox-clock">
      <DeadlineClock deadline={deadline} now={now} />
      {awaiting && clocks.mayAcknowledge && (
        <Button className="button secondary" isDisabled={clocks.pending !== null} aria-label={t('deadlines.inbox.acknowledgeLabel', { reference })} onPress={() => clocks.acknowledge(identificationId, reference)}>
          {busy ? t('deadlines.inbox.acknowledging') : t('deadlines.inbox.acknowledge')}
        </Button>
      )}
    </span>
  );
}

/** Above the inbox's table: what the last acknowledgement did, in words. */
export function InboxClockMessages({ clocks }: { clocks: InboxClocks }) {
  const { t } = useTranslation();
  const codes = [...new Set(clocks.problems.map((problem) => problem.code))];
  return (
    <>
      <p role="status" className={clocks.acknowledged ? 'deadlines-message' : 'visually-hidden'}>
        {clocks.acknowledged ? t('deadlines.inbox.acknowledged', { reference: clocks.acknowledged }) : ''}
      </p>
      {codes.length > 0 && (
        <div role="alert" className="deadlines-alert">
          {codes.map((code) => (
            <p key={code}>{t(`apiErrors.${code}`, { defaultValue: t('apiErrors.INTERNAL') })}</p>
          ))}
        </div>
      )}
    </>
  );
}
