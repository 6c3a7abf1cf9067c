import type { EventConsumer } from '@nrm/events';
import { startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { AppModule, entities } from '../src/app.module';
import { referralConfigSchema } from '../src/config';
import { migrations } from '../src/migrations';

export type ReferralUnderTest = SubgraphUnderTest & { consumer: EventConsumer };

/** The referral subgraph in-process (no relay or queue worker): tests hand events to its consumer directly. */
export async function startReferral(): Promise<ReferralUnderTest> {
  const subgraph = await startSubgraph({
    name: 'referral',
    schema: 'referral',
    configSchema: referralConfigSchema,
    appModule: (runtime) => AppModule.register(runtime),
    entities,
    migrations,
  });
  const { consumer } = subgraph;
  if (!consumer) throw new Error('the referral service consumes events, so it must have a consumer');
  return { ...subgraph, consumer };
}
