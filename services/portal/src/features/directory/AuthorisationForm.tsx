import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../../zod';
import { apiProblems, problemAt, type ApiProblem } from '../../errors';
import { RadioControl } from '../../form-fields';
import type { ProviderAuthorisationReason } from '../../gql/graphql';
import { AUTHORISATION_REASONS, type Provider } from './model';
import { SetAuthorisationMutation } from './operations';

const schema = z.object({ reason: z.string({ error: 'directory.rules.reason' }).min(1, { error: 'directory.rules.reason' }) });

/** The Responsible Authority's decision (ra_head): authorise the provider or withdraw it, with a coded reason. */
export function AuthorisationForm({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [decide, { loading }] = useMutation(SetAuthorisationMutation);
  const { control, handleSubmit, reset } = useForm<z.input<typeof schema>>({ resolver: zodResolver(schema) });
  const authorise = !provider.authorised;
  const reasons = authorise ? AUTHORISATION_REASONS.grant : AUTHORISATION_REASONS.revoke;
  const submit = handleSubmit(async ({ reason }) => {
    setProblems([]);
    try {
      await decide({ variables: { input: { providerId: provider.id, authorised: authorise, reason: reason as ProviderAuthorisationReason } } });
      reset({ reason: '' });
    } catch (error) {
      setProblems(apiProblems(error));
    }
  });
  const code = problemAt(problems, 'input.reason');
  const general = !code && problems[0]?.code;
  return (
    <Form className="card" onSubmit={(event) => void submit(event)} aria-labelledby={`authorise-${provider.id}`} validationBehavior="aria">
      <h2 id={`authorise-${provider.id}`}>{authorise ? t('directory.authorise.grantTitle', { name: provider.name }) : t('directory.authorise.revokeTitle', { name: provider.name })}</h2>
      {general && <p role="alert" className="alert">{t(`apiErrors.${general}`)}</p>}
      <RadioControl
        control={control}
        name="reason"
        label={t('directory.authorise.reason')}
        error={code ? t(`apiErrors.${code}`) : undefined}
        options={reasons.map((reason) => ({ value: reason, label: t(`directory.reason.${reason}`) }))}
      />
      <div className="actions">
        <Button type="submit" className="button" isDisabled={loading}>
          {authorise ? t('directory.authorise.grant') : t('directory.authorise.revoke')}
        </Button>
      </div>
    </Form>
  );
}
