import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../../zod';
import { apiProblems } from '../../errors';
import { RadioControl, TextControl, useApiProblems } from '../../form-fields';
import { isChildRequest, localToIso, type FormalIdentificationItem } from './model';
import { ConveneGroupMutation, GroupCandidatesQuery } from './operations';

const REQUIRED = 'formal-identification.rules.memberRequired';
const conveneSchema = z.object({
  policeMemberId: z.string({ error: REQUIRED }).min(1, { error: REQUIRED }),
  socialMemberId: z.string({ error: REQUIRED }).min(1, { error: REQUIRED }),
  scheduledAt: z.string().refine((value) => localToIso(value) !== undefined, { error: 'formal-identification.rules.dateTime' }),
});
type ConveneValues = z.input<typeof conveneSchema>;
const SHOWN_PATHS = ['input.policeMemberId', 'input.socialMemberId', 'input.scheduledAt'];

/**
 * The RA convenes the group of two: a police member, and for an adult a regional social service member, for a child a
 * child protection worker of the child's unit. The API enforces the composition and names the member it refuses.
 */
export function ConveneForm({ item }: { item: FormalIdentificationItem }) {
  const { t } = useTranslation();
  const candidates = useQuery(GroupCandidatesQuery);
  const { clear, fail, errorAt: apiErrorAt, general } = useApiProblems(SHOWN_PATHS);
  const [convene, { loading }] = useMutation(ConveneGroupMutation);
  const { control, handleSubmit } = useForm<ConveneValues>({ resolver: zodResolver(conveneSchema), defaultValues: { scheduledAt: '' } });
  const child = isChildRequest(item);
  const submit = handleSubmit(async (values) => {
    clear();
    try {
      await convene({ variables: { input: { formalIdentificationId: item.id, policeMemberId: values.policeMemberId, socialMemberId: values.socialMemberId, scheduledAt: localToIso(values.scheduledAt)! } } });
    } catch (error) {
      fail(error);
    }
  });
  const asOptions = (users: { id: string; username: string; agencyId?: string | null }[] = []) =>
    users.map((user) => ({ value: user.id, label: user.agencyId ? `${user.username} (${user.agencyId})` : user.username }));

  return (
    <Form className="card" onSubmit={(event) => void submit(event)} aria-labelledby={`convene-${item.id}`} validationBehavior="aria">
      <h2 id={`convene-${item.id}`}>{t('formal-identification.convene.title')}</h2>
      {candidates.loading && <p role="status">{t('common.loading')}</p>}
      {candidates.error && <p role="alert">{t(`apiErrors.${apiProblems(candidates.error)[0]?.code ?? 'INTERNAL'}`)}</p>}
      {general.length > 0 && (
        <p role="alert" className="alert">
          {t(`apiErrors.${general[0]!.code}`)}
        </p>
      )}
      {candidates.data && (
        <>
          <RadioControl
            control={control}
            name="policeMemberId"
            label={t('formal-identification.convene.police')}
            error={apiErrorAt('input.policeMemberId')}
            options={asOptions(candidates.data.police)}
          />
          <RadioControl
            control={control}
            name="socialMemberId"
            label={child ? t('formal-identification.convene.childProtection') : t('formal-identification.convene.social')}
            error={apiErrorAt('input.socialMemberId')}
            options={asOptions(child ? candidates.data.childProtection : candidates.data.social)}
          />
          <TextControl control={control} name="scheduledAt" type="datetime-local" label={t('formal-identification.convene.scheduledAt')} error={apiErrorAt('input.scheduledAt')} />
          <div className="actions">
            <Button type="submit" className="button" isDisabled={loading}>
              {loading ? t('formal-identification.saving') : t('formal-identification.convene.submit')}
            </Button>
          </div>
        </>
      )}
    </Form>
  );
}
