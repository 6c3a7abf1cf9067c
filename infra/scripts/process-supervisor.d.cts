// Types of process-supervisor.cjs for the TypeScript test harness.
import type { ChildProcess } from 'node:child_process';

export class ProcessError extends Error {}

export interface SupervisedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Its last output lines, stdout and stderr together. */
  readonly output: string[];
  /** Set when it could not be spawned at all. */
  readonly error: Error | undefined;
  /** Resolves with the exit code once it has exited and its output is read to the end. */
  readonly closed: Promise<number | null>;
  lastOutput(lines?: number): string;
}

export interface StartProcessOptions {
  name: string;
  args?: string[];
  /** Defaults to the running node binary. */
  command?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  detached?: boolean;
  onLine?: (line: string) => void;
}

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  abandoned?: () => boolean;
}

export interface StopOptions {
  graceMs?: number;
  onKill?: (supervised: SupervisedProcess) => void;
}

export function startProcess(options: StartProcessOptions): SupervisedProcess;
export function hasExited(child: ChildProcess): boolean;
export function isRunning(supervised: SupervisedProcess): boolean;
export function waitForHttpOk(url: string, options?: WaitOptions): Promise<boolean>;
export function waitUntilHealthy(supervised: SupervisedProcess, url: string, options?: WaitOptions): Promise<boolean>;
export function runToCompletion(supervised: SupervisedProcess): Promise<void>;
export function stopProcess(supervised: SupervisedProcess, options?: StopOptions): Promise<void>;
export function killProcess(supervised: SupervisedProcess): Promise<void>;
export function stopInOrder(groups: SupervisedProcess[][], options?: StopOptions): Promise<void>;
export function killAllOnExit(list: () => Iterable<SupervisedProcess>): () => void;
export function sleep(ms: number): Promise<void>;
