import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import defaults from './region-labels.json';
import type { Region } from './region.model';

export const DEFAULT_LOCALE = 'en';

/** The configured regions (REGIONS) with their labels: region-labels.json, then REGION_LABELS over it. */
@Injectable()
export class RegionService {
  private readonly codes: readonly string[];
  private readonly labels: Readonly<Record<string, Readonly<Record<string, string>>>>;

  constructor(@Inject(SERVICE_RUNTIME) runtime: Pick<ServiceRuntime<IdentificationConfig>, 'config'>) {
    this.codes = [...runtime.config.REGIONS];
    const configured = runtime.config.REGION_LABELS;
    const bundled: Record<string, Record<string, string>> = defaults.labels;
    this.labels = Object.fromEntries(this.codes.map((code) => [code, { ...bundled[code], ...configured[code] }]));
  }

  /** Every region in configuration order, labelled in `locale`, else in English, else by its code. */
  list(locale: string): Region[] {
    return this.codes.map((code) => ({ code, label: this.labels[code]?.[locale] ?? this.labels[code]?.[DEFAULT_LOCALE] ?? code }));
  }
}
