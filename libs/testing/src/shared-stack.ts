/** Where the run's shared e2e stack answers (set by e2e-global-setup.ts, read by startStack). No imports: the global
 * setup loads this outside Jest's module mapping. */
export const SHARED_STACK_VARIABLE = 'NRM_TEST_SHARED_STACK';

export interface SharedStackAddress {
  gatewayBaseUrl: string;
  issuer: string;
  subgraphUrls: Record<string, string>;
  /** The stack's mail catch-all (GET /messages). */
  mailUrl: string;
}
