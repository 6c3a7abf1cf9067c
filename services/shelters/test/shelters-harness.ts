import type { EventConsumer } from '@nrm/events';
import { startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { sheltersDefinition } from '../src/service-definition';

export type SheltersUnderTest = SubgraphUnderTest & { consumer: EventConsumer };

/**
 * The shelters subgraph in-process (no relay or queue worker): tests hand events to its consumer directly. `env` on top
 * of the defaults.
 */
export async function startShelters(env: Record<string, string> = {}): Promise<SheltersUnderTest> {
  const subgraph = await startSubgraph({ ...sheltersDefinition, env });
  const { consumer } = subgraph;
  if (!consumer) throw new Error('the shelters service consumes events, so it must have a consumer');
  return { ...subgraph, consumer };
}
