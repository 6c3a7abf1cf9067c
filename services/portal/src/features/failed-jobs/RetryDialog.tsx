import { useMutation } from '@apollo/client/react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiProblems } from '../../form-fields';
import { RetryFailedJobMutation } from './operations';

export interface FailedJobRef {
  id: string;
  service: string;
  queue: string;
  name: string;
}

/**
 * Asks before moving one failed job back to its queue. The API's refusals are shown in words: NOT_FOUND (already
 * retried, or gone) and CONFLICT (a refused event is never retried).
 */
export function RetryDialog({ job, onClose, onRetried }: { job: FailedJobRef | null; onClose: () => void; onRetried: (job: FailedJobRef) => void }) {
  const { t } = useTranslation();
  const api = useApiProblems([]);
  const [retry, { loading }] = useMutation(RetryFailedJobMutation);
  const close = () => {
    api.clear();
    onClose();
  };
  const confirm = async () => {
    if (!job) return;
    api.clear();
    try {
      await retry({ variables: { service: job.service, queue: job.queue, id: job.id } });
      onRetried(job);
    } catch (error) {
      api.fail(error);
    }
  };
  const problem = api.problems[0]?.code;
  return (
    <ModalOverlay className="failed-jobs-overlay" isOpen={job !== null} onOpenChange={(open) => !open && close()} isDismissable={!loading}>
      <Modal className="failed-jobs-modal">
        <Dialog className="failed-jobs-dialog card" role="alertdialog">
          <Heading slot="title">{t('failed-jobs.retry.title')}</Heading>
          {job && <p>{t('failed-jobs.retry.body', { name: job.name, queue: job.queue, service: job.service })}</p>}
          {problem && (
            <p role="alert" className="alert">
              {t(`failed-jobs.retry.problem.${problem === 'NOT_FOUND' || problem === 'CONFLICT' ? problem : 'OTHER'}`, { code: t(`apiErrors.${problem}`) })}
            </p>
          )}
          {loading && <p role="status">{t('failed-jobs.retry.busy')}</p>}
          <div className="actions">
            <Button className="button secondary" slot="close" isDisabled={loading}>
              {t('failed-jobs.retry.cancel')}
            </Button>
            <Button className="button" onPress={() => void confirm()} isDisabled={loading || Boolean(problem)}>
              {t('failed-jobs.retry.confirm')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
