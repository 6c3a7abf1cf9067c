import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link } from 'react-router';
import { rolesOf } from '../../auth';
import { formatDateTime } from '../../format';
import { ROLE } from '../../roles';
import { TextControl } from '../../form-fields';
import { GeneralProblems, QueryState, useProblems } from './fields';
import { IncomingReferralsQuery, RespondToReferralMutation } from './operations';
import { declineSchema, type DeclineValues } from './schemas';

/** The reason a shelter declines a referral: required, so the Responsible Authority can re-route the person. */
export function DeclineForm({ referralId, onDone, onCancel }: { referralId: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm<DeclineValues>({ resolver: zodResolver(declineSchema), defaultValues: { reason: '' } });
  const api = useProblems();
  const [respond, { loading }] = useMutation(RespondToReferralMutation);
  const send = form.handleSubmit(async ({ reason }) => {
    api.clear();
    try {
      await respond({ variables: { input: { referralId, decision: 'DECLINE', reason: reason.trim() } } });
      onDone();
    } catch (error) {
      api.fail(error);
    }
  });
  return (
    <form noValidate onSubmit={(event) => void send(event)}>
      <GeneralProblems problems={api.problems} shown={['input.reason']} />
      <TextControl control={form.control} name="reason" multiline label={t('cases.referrals.reason')} error={api.errorAt(form.formState.errors, 'reason')} />
      <div className="actions">
        <Button className="button secondary" onPress={onCancel}>
          {t('cases.form.cancel')}
        </Button>
        <Button type="submit" className="button" isDisabled={loading}>
          {t('cases.referrals.decline')}
        </Button>
      </div>
    </form>
  );
}

function DeclineDialog({ referralId, reference }: { referralId: string; reference: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button className="button secondary">{t('cases.referrals.decline')}</Button>
      <Modal className="cases-modal" isDismissable>
        <Dialog className="cases-dialog card">
          <Heading slot="title">{t('cases.referrals.declineTitle', { reference })}</Heading>
          <DeclineForm referralId={referralId} onDone={() => setOpen(false)} onCancel={() => setOpen(false)} />
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function AcceptButton({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const api = useProblems();
  const [respond, { data, loading }] = useMutation(RespondToReferralMutation);
  const caseId = data?.respondToReferral.caseId;
  if (caseId) {
    return (
      <p role="status">
        {t('cases.referrals.accepted')} <Link to={`/cases/${caseId}`}>{t('cases.referrals.openCase')}</Link>
      </p>
    );
  }
  return (
    <>
      <GeneralProblems problems={api.problems} shown={[]} />
      <Button
        className="button"
        isDisabled={loading}
        onPress={() => {
          api.clear();
          respond({ variables: { input: { referralId, decision: 'ACCEPT' } } }).catch(api.fail);
        }}
      >
        {t('cases.referrals.accept')}
      </Button>
    </>
  );
}

/** Referrals to the caller's shelter waiting for an answer: accept (which opens the case) or decline with a reason. */
export function ReferralsPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(IncomingReferralsQuery, { variables: { first: 20 }, fetchPolicy: 'cache-and-network' });
  const edges = data?.referrals.edges ?? [];
  // Only a case manager answers a referral (the API refuses anyone else); the shelter's staff read the list.
  const mayAnswer = rolesOf(useAuth().user?.access_token).includes(ROLE.caseManager);
  return (
    <section aria-labelledby="referrals-heading">
      <h1 id="referrals-heading">{t('cases.referrals.title')}</h1>
      <p>{t('cases.referrals.intro')}</p>
      {!mayAnswer && <p className="hint">{t('cases.referrals.caseManagersAnswer')}</p>}
      <QueryState loading={loading && !data} error={error} empty={edges.length === 0} emptyText={t('cases.referrals.empty')}>
        <ul className="cases-cards">
          {edges.map(({ node }) => (
            <li key={node.id} className="card">
              <h2 className="cases-card-title">
                {node.reference}
                {node.urgent && <span className="tag">{t('cases.referrals.urgent')}</span>}
              </h2>
              <p>{t('cases.referrals.received', { when: formatDateTime(node.createdAt, i18n.language) })}</p>
              {node.status === 'DECLINED' ? (
                <p role="status">{t('cases.referrals.declined')}</p>
              ) : (
                mayAnswer && (
                  <div className="cases-buttons">
                    <AcceptButton referralId={node.id} />
                    {node.status === 'PENDING' && <DeclineDialog referralId={node.id} reference={node.reference} />}
                  </div>
                )
              )}
            </li>
          ))}
        </ul>
      </QueryState>
      {data?.referrals.pageInfo.hasNextPage && (
        <Button className="button secondary" onPress={() => void fetchMore({ variables: { after: data.referrals.pageInfo.endCursor } })}>
          {t('common.more')}
        </Button>
      )}
    </section>
  );
}

export default ReferralsPage;
