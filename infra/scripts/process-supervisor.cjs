// The platform's child processes, one way for `npm start`, the test harness and the benchmarks: spawn with its env and
// its output kept, wait until a health URL answers, stop with SIGTERM then SIGKILL after a grace period, stop groups
// in order, and never leave one running when the parent exits. CommonJS so that the .mjs scripts import it and Jest
// (which runs the TypeScript harness as CommonJS) requires it as it is. See docs/architecture.md.
'use strict';

const { spawn } = require('node:child_process');
const { createInterface } = require('node:readline');

/** How many of its last output lines a process keeps, to explain a failure. */
const OUTPUT_LINES_KEPT = 300;
const DEFAULT_GRACE_MS = 10_000;

class ProcessError extends Error {}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** True once the child has exited (with a code or by a signal). */
function hasExited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

/**
 * Spawns `command` (node by default) with `args`, stdin closed and stdout and stderr read line by line: each line is
 * kept (the last OUTPUT_LINES_KEPT) and handed to `onLine`. A spawn error (no such binary) is kept in `error` instead
 * of crashing the parent; waiting on such a process fails at once.
 */
function startProcess({ name, args = [], command = process.execPath, env = process.env, cwd, detached = false, onLine }) {
  const child = spawn(command, args, { cwd, env, detached, stdio: ['ignore', 'pipe', 'pipe'] });
  const supervised = {
    name,
    child,
    output: [],
    error: undefined,
    /** Resolves with the exit code once it has exited and its output is read to the end. */
    closed: new Promise((resolve) => child.once('close', (code) => resolve(code))),
    /** The last `lines` lines it printed, joined. */
    lastOutput(lines = 40) {
      return supervised.output.slice(-lines).join('\n');
    },
  };
  child.on('error', (error) => {
    supervised.error = error;
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      supervised.output.push(line);
      if (supervised.output.length > OUTPUT_LINES_KEPT) supervised.output.shift();
      onLine?.(line);
    });
  }
  return supervised;
}

/** True while the process runs: spawned, and not yet exited. */
function isRunning(supervised) {
  return supervised.error === undefined && !hasExited(supervised.child);
}

/** GET `url` until it answers 2xx: true then, false on timeout or as soon as `abandoned()` says to stop waiting. */
async function waitForHttpOk(url, { timeoutMs = 60_000, intervalMs = 200, abandoned = () => false } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (abandoned()) return false;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await sleep(intervalMs);
  }
  return false;
}

/**
 * Resolves true once `url` answers 2xx, false when `abandoned()` (the caller is shutting down); throws a ProcessError
 * with the process's last output when it exits first or is not ready within `timeoutMs`.
 */
async function waitUntilHealthy(supervised, url, { timeoutMs = 60_000, intervalMs = 200, abandoned = () => false } = {}) {
  let gone = false;
  const ok = await waitForHttpOk(url, {
    timeoutMs,
    intervalMs,
    abandoned: () => abandoned() || (gone = !isRunning(supervised)),
  });
  if (ok || (!gone && abandoned())) return ok;
  const { child, error } = supervised;
  const why = error
    ? `did not start (${error.message})`
    : gone
      ? `exited (${child.signalCode ?? `code ${child.exitCode}`})`
      : `was not ready within ${timeoutMs / 1000} s`;
  throw new ProcessError(`${supervised.name} ${why} (${url}); its last output:\n${supervised.lastOutput()}`);
}

/** Resolves when the process has exited with code 0 and its output is read; rejects with its last output otherwise. */
function runToCompletion(supervised) {
  return new Promise((resolve, reject) => {
    const notStarted = (error) => reject(new ProcessError(`${supervised.name} did not start (${error.message})`));
    if (supervised.error) notStarted(supervised.error);
    supervised.child.once('error', notStarted);
    void supervised.closed.then((code) => {
      if (code === 0) resolve();
      else reject(new ProcessError(`${supervised.name} failed (code ${code}); its last output:\n${supervised.lastOutput()}`));
    });
  });
}

/**
 * SIGTERM, then SIGKILL if it is still running after `graceMs` (`onKill` is told first); resolves once it has exited.
 * Idempotent.
 */
async function stopProcess(supervised, { graceMs = DEFAULT_GRACE_MS, onKill } = {}) {
  if (!isRunning(supervised)) return;
  const { child } = supervised;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (hasExited(child)) return;
    onKill?.(supervised);
    child.kill('SIGKILL');
  }, graceMs);
  await gone;
  clearTimeout(timer);
}

/** SIGKILL at once, as a crash or the OOM killer would: nothing drains. Resolves once it has exited. */
async function killProcess(supervised) {
  if (!isRunning(supervised)) return;
  const gone = new Promise((resolve) => supervised.child.once('exit', resolve));
  supervised.child.kill('SIGKILL');
  await gone;
}

/**
 * Stops `groups` one after another, the processes of a group together: callers list them in reverse start order (the
 * gateway before the subgraphs it routes to, the data stores last) so none is left serving requests for a stopped peer.
 */
async function stopInOrder(groups, options) {
  for (const group of groups) await Promise.all(group.map((supervised) => stopProcess(supervised, options)));
}

/**
 * If the parent exits without stopping them (a crash, process.exit), SIGKILL every process `list()` returns so none is
 * left serving. Returns the function that removes this guard.
 */
function killAllOnExit(list) {
  const guard = () => {
    for (const supervised of list()) if (isRunning(supervised)) supervised.child.kill('SIGKILL');
  };
  process.on('exit', guard);
  return () => process.removeListener('exit', guard);
}

module.exports = {
  ProcessError,
  hasExited,
  isRunning,
  killAllOnExit,
  killProcess,
  runToCompletion,
  sleep,
  startProcess,
  stopInOrder,
  stopProcess,
  waitForHttpOk,
  waitUntilHealthy,
};
