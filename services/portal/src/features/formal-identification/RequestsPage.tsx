import { useLazyQuery, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { z } from '../../zod';
import { rolesOf } from '../../auth';
import { apiProblems, problemAt } from '../../errors';
import { FORMAL_ID_GROUP_ROLES, RA_ROLES } from '../../roles';
import { TextControl } from '../../form-fields';
import { MyFormalIdentificationsQuery, PersonByReferenceQuery, PersonFormalIdentificationsQuery } from './operations';
import { RequestTable } from './RequestTable';

/** The formal identification requests: a group member's own groups; the RA finds a person's requests by reference. */
export function RequestsPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const roles = rolesOf(auth.user?.access_token);
  return (
    <section aria-labelledby="fi-heading">
      <h1 id="fi-heading">{t('formal-identification.title')}</h1>
      {roles.some((role) => FORMAL_ID_GROUP_ROLES.includes(role)) && <MyGroups />}
      {roles.some((role) => RA_ROLES.includes(role)) && <PersonRequests />}
    </section>
  );
}

function MyGroups() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MyFormalIdentificationsQuery, { fetchPolicy: 'cache-and-network' });
  const items = data?.myFormalIdentifications ?? [];
  return (
    <section aria-labelledby="fi-mine-heading">
      <h2 id="fi-mine-heading">{t('formal-identification.mine.title')}</h2>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {error && <p role="alert">{t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}</p>}
      {data && items.length === 0 && <p>{t('formal-identification.mine.empty')}</p>}
      {items.length > 0 && <RequestTable items={items} labelledBy="fi-mine-heading" now={new Date()} />}
    </section>
  );
}

const referenceSchema = z.object({
  reference: z.string().trim().regex(/^NRM-\d{4}-\d{6}$/i, { error: 'formal-identification.rules.reference' }),
});

function PersonRequests() {
  const { t } = useTranslation();
  const [findPerson, person] = useLazyQuery(PersonByReferenceQuery);
  const [listRequests, requests] = useLazyQuery(PersonFormalIdentificationsQuery, { fetchPolicy: 'network-only' });
  const [problem, setProblem] = useState<ReturnType<typeof apiProblems>>([]);
  const { control, handleSubmit } = useForm<z.input<typeof referenceSchema>>({ resolver: zodResolver(referenceSchema), defaultValues: { reference: '' } });
  const submit = handleSubmit(async ({ reference }) => {
    setProblem([]);
    try {
      const found = await findPerson({ variables: { reference: reference.trim() } });
      const personId = found.data?.personByReference?.id;
      if (personId) await listRequests({ variables: { personId } });
    } catch (error) {
      setProblem(apiProblems(error));
    }
  });
  const fieldCode = problemAt(problem, 'reference');
  const generalCode = !fieldCode && problem[0]?.code;
  const items = requests.data?.formalIdentifications ?? [];
  return (
    <section aria-labelledby="fi-person-heading">
      <h2 id="fi-person-heading">{t('formal-identification.person.title')}</h2>
      <Form className="card fi-search" onSubmit={(event) => void submit(event)} validationBehavior="aria">
        <TextControl
          control={control}
          name="reference"
          label={t('formal-identification.person.reference')}
          description={t('formal-identification.person.referenceHint')}
          error={fieldCode ? t(`apiErrors.${fieldCode}`) : undefined}
        />
        <Button type="submit" className="button" isDisabled={person.loading || requests.loading}>
          {t('formal-identification.person.find')}
        </Button>
      </Form>
      {generalCode && <p role="alert">{t(`apiErrors.${generalCode}`)}</p>}
      {(person.loading || requests.loading) && <p role="status">{t('common.loading')}</p>}
      {requests.data && items.length === 0 && <p>{t('formal-identification.person.empty')}</p>}
      {items.length > 0 && <RequestTable items={items} labelledBy="fi-person-heading" now={new Date()} />}
    </section>
  );
}

export default RequestsPage;
