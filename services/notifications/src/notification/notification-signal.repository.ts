import { Inject, Injectable } from '@nestjs/common';
import { Client } from 'pg';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { NotificationsConfig } from '../config';

/** The channel every statement creating notifications signals on commit (migration NotificationCreatedSignal). */
const CHANNEL = 'notifications_created';

/** An open LISTEN connection; `end` closes it. */
export interface SignalListener {
  end(): Promise<void>;
}

/**
 * The LISTEN side of the `notifications_created` channel: a dedicated connection outside the pool (a pooled connection
 * goes back to the pool and would stop listening). Each signal's payload is the agency ids the committed statement
 * addressed, comma-separated (`*` for every agency).
 */
@Injectable()
export class NotificationSignalRepository {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime<NotificationsConfig>) {}

  /** Resolves once listening; `onLost` is called once if the connection fails later. Rejects if it cannot listen. */
  async listen(onSignal: (agencyIds: string[]) => void, onLost: () => void): Promise<SignalListener> {
    const client = new Client({ connectionString: this.runtime.config.DATABASE_URL, application_name: 'notifications-signal-listener' });
    client.on('notification', (message) => onSignal((message.payload ?? '*').split(',')));
    let lost = false;
    client.on('error', () => {
      if (lost) return;
      lost = true;
      void client.end().catch(() => undefined);
      onLost();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    return { end: () => client.end().catch(() => undefined) };
  }
}
