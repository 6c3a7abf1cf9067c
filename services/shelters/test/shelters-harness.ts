import type { EventConsumer } from '@nrm/events';
import { startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { sheltersDefinition } from '../src/service-definition';

export type SheltersUnderTest = SubgraphUnderTest & { consumer: EventConsumer };

/** The shelters subgraph in-process (no relay or queue worker): tests hand events to its consumer directly. */
export async function startShelters(): Promise<SheltersUnderTest> {
  const subgraph = await startSubgraph(sheltersDefinition);
  const { consumer } = subgraph;
  if (!consumer) throw new Error('the shelters service consumes events, so it must have a consumer');
  return { ...subgraph, consumer };
}
