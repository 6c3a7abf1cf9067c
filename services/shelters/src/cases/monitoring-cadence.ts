import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { CasePhase } from '@nrm/domain';
import type { SheltersConfig } from '../config';

export type MonitoringCadence = Pick<SheltersConfig, 'MONITORING_CRISIS_INTERVENTION_DAYS' | 'MONITORING_STABILISATION_DAYS' | 'MONITORING_SOCIAL_INCLUSION_MONTHS'>;

/** When the next monitoring contact is due after one on `contactedAt`, by the phase's cadence (docs/domain.md §4). */
export function monitoringDueAfter(contactedAt: Date, phase: CasePhase, cadence: MonitoringCadence): Date {
  switch (phase) {
    case CasePhase.CRISIS_INTERVENTION:
      return addDays(contactedAt, cadence.MONITORING_CRISIS_INTERVENTION_DAYS);
    case CasePhase.STABILISATION:
      return addDays(contactedAt, cadence.MONITORING_STABILISATION_DAYS);
    case CasePhase.SOCIAL_INCLUSION:
      return addMonths(contactedAt, cadence.MONITORING_SOCIAL_INCLUSION_MONTHS);
  }
}
