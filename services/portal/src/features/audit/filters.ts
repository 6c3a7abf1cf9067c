import { z } from '../../zod';
import type { AuditTrailFilter, LegalBasis } from '../../gql/graphql';

export const LEGAL_BASES = ['OWNER', 'LEGAL_MANDATE', 'CONSENT', 'OVERRIDE'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The trail's search: the person (by id: the auditor reads no person data, so no reference lookup) and the filters. */
export const auditSearchSchema = z
  .object({
    personId: z.string().trim().regex(UUID, { error: 'audit.rules.personId' }),
    agencyId: z.string(),
    basis: z.union([z.enum(LEGAL_BASES), z.literal('')]),
    from: z.string().refine((value) => value === '' || DAY.test(value), { error: 'audit.rules.date' }),
    to: z.string().refine((value) => value === '' || DAY.test(value), { error: 'audit.rules.date' }),
  })
  .refine((values) => !values.from || !values.to || values.from <= values.to, { path: ['to'], error: 'audit.rules.toAfterFrom' });
export type AuditSearchValues = z.input<typeof auditSearchSchema>;

/** The API's filter: whole days in the browser's time zone, both ends inclusive. */
export function filterOf(values: AuditSearchValues): AuditTrailFilter {
  return {
    ...(values.agencyId ? { agencyId: values.agencyId } : {}),
    ...(values.basis ? { basis: values.basis as LegalBasis } : {}),
    ...(values.from ? { from: new Date(`${values.from}T00:00:00`).toISOString() } : {}),
    ...(values.to ? { to: new Date(`${values.to}T23:59:59.999`).toISOString() } : {}),
  };
}
