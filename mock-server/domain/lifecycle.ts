/**
 * Asynchronous resource states without timers.
 *
 * Creates return at once; the resource then shows a transitional status (Pending, Starting …) until
 * `--async-delay` has passed. Instead of scheduling work, a row stores the phases it will go
 * through with their end times, and its status is computed from the clock when read. That keeps
 * every transition consistent across restarts and costs nothing while idle.
 */
export interface Lifecycle {
  /** The status once every phase has passed. */
  status: string;
  /** Transitional phases, in order, each lasting until `until` (ms since the epoch). */
  phases?: Array<{ status: string; until: number }>;
}

export function currentStatus(lifecycle: Lifecycle, now: number): string {
  for (const phase of lifecycle.phases ?? []) {
    if (now < phase.until) return phase.status;
  }
  return lifecycle.status;
}

export function isSettled(lifecycle: Lifecycle, now: number): boolean {
  const phases = lifecycle.phases ?? [];
  return phases.length === 0 || now >= phases[phases.length - 1].until;
}

/**
 * A lifecycle that passes through `transitional` statuses, splitting `delayMs` evenly between
 * them, and then settles on `final`. With a delay of 0 it is settled at once.
 */
export function transition(now: number, delayMs: number, transitional: string[], final: string): Lifecycle {
  if (delayMs <= 0 || transitional.length === 0) return { status: final };
  const step = delayMs / transitional.length;
  return {
    status: final,
    phases: transitional.map((status, i) => ({ status, until: Math.round(now + step * (i + 1)) })),
  };
}
