/**
 * Fault injection (sandbox-only): rules that make matching requests answer a real transient error
 * (Throttling.User, ServiceUnavailable, InternalError …) or answer late, so users can check that
 * their pipelines survive a misbehaving cloud. The real cloud has no such switch; LocalStack sells
 * one and moto has none.
 *
 * The hook is one step of the request pipeline (withFaults wraps the dispatcher that app.ts hands
 * the wire): it runs after the wire has verified the signature and parsed the parameters, and
 * BEFORE the action runs, so an injected error never leaves half a write behind, and a retry with
 * the same ClientToken creates the object exactly once.
 *
 * Rules are edited with SandboxSetFaults / SandboxGetFaults / SandboxClearFaults (admin only, see
 * fault-actions.ts) or loaded at start from `--faults FILE`. The Sandbox* admin actions themselves
 * are never faulted, so a test can always clear its rules.
 */
import * as fs from 'node:fs';
import {
  type ApiError,
  type ApiErrorClass,
  InternalError,
  InvalidParameter,
  OperationConflict,
  ServiceUnavailable,
  SystemBusy,
  TaskConflict,
  Throttling,
  ThrottlingApi,
  ThrottlingUser,
  UnknownError,
} from '../errors';
import type { Product, WireCall, WireDispatcher } from '../wire/dispatch';

/** The codes a rule may inject: each with its real HTTP status (its class) and a real-style message. */
const INJECTABLE: Readonly<Record<string, { cls: ApiErrorClass; message: string }>> = {
  Throttling: { cls: Throttling, message: 'Request was denied due to request throttling.' },
  'Throttling.User': { cls: ThrottlingUser, message: 'Request was denied due to user flow control.' },
  'Throttling.Api': { cls: ThrottlingApi, message: 'Request was denied due to api flow control.' },
  ServiceUnavailable: { cls: ServiceUnavailable, message: 'The request has failed due to a temporary failure of the server.' },
  InternalError: { cls: InternalError, message: 'The request processing has failed due to some unknown error, exception or failure.' },
  OperationConflict: { cls: OperationConflict, message: 'Request was denied due to conflict with a previous request.' },
  SystemBusy: { cls: SystemBusy, message: 'The system is busy. Please try again later.' },
  TaskConflict: { cls: TaskConflict, message: 'Another task is running on this resource. Please try again later.' },
  UnknownError: { cls: UnknownError, message: 'The request processing has failed due to some unknown error.' },
};

export const INJECTABLE_CODES = Object.keys(INJECTABLE);
/** Longest injected delay: below the provider's and the SDKs' 30 s-plus request timeouts would be too tight a cap for slow-call tests. */
export const MAX_LATENCY_MS = 120_000;
export const MAX_RULES = 100;

/** A rule as users write it (the `Faults` JSON list and the --faults file use the API's casing). */
export interface FaultRule {
  /** An action name or a glob: `*` any run of characters, `?` one character (e.g. `Create*`). */
  Action: string;
  /** Only this product's requests (`vpc` or `ecs`, any case); both when left out. */
  Product?: Product;
  /** Chance that a matching request is faulted, 0 to 1 (default 1). */
  Probability: number;
  /** Stop after faulting this many requests (default: no limit). */
  Count?: number;
  /** The error code to answer with (one of INJECTABLE_CODES)… */
  Code?: string;
  /** …or a delay in ms before the request is served normally. */
  LatencyMs?: number;
}

export interface FaultRuleStatus extends FaultRule {
  /** How many requests this rule has faulted so far. */
  Hits: number;
}

interface LiveRule {
  rule: FaultRule;
  pattern: RegExp;
  hits: number;
}

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

const KEYS = new Set(['Action', 'Product', 'Probability', 'Count', 'Code', 'LatencyMs']);

/** Checks one rule as users wrote it; throws InvalidParameter naming the rule, the value and the fix. */
export function parseRule(input: unknown, index: number, where = 'Faults'): FaultRule {
  const at = `${where}[${index}]`;
  const bad = (what: string) => new InvalidParameter(`The parameter "${at}" is invalid: ${what}`);
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw bad(`expected an object such as {"Action":"Create*","Probability":0.3,"Code":"Throttling.User"}.`);
  const r = input as Record<string, unknown>;
  const unknown = Object.keys(r).filter((k) => !KEYS.has(k));
  if (unknown.length) throw bad(`unknown field ${unknown.map((k) => `"${k}"`).join(', ')}; a rule has Action, Product, Probability, Count and one of Code or LatencyMs.`);
  if (typeof r.Action !== 'string' || !/^[A-Za-z*?][A-Za-z0-9*?]{0,63}$/.test(r.Action)) {
    throw bad(`Action must be an action name or a glob of letters, digits, * and ? (e.g. "CreateVpc" or "Create*"), got ${JSON.stringify(r.Action)}.`);
  }
  if (/^Sandbox/.test(r.Action)) throw bad(`the Sandbox* admin actions cannot be faulted (so that a test can always clear its rules), got "${r.Action}".`);
  let product: Product | undefined;
  if (r.Product !== undefined) {
    const p = typeof r.Product === 'string' ? r.Product.toLowerCase() : '';
    if (p !== 'vpc' && p !== 'ecs') throw bad(`Product must be "vpc" or "ecs", got ${JSON.stringify(r.Product)}.`);
    product = p;
  }
  const probability = r.Probability === undefined ? 1 : r.Probability;
  if (typeof probability !== 'number' || !(probability >= 0 && probability <= 1)) throw bad(`Probability must be a number from 0 to 1, got ${JSON.stringify(r.Probability)}.`);
  if (r.Count !== undefined && !(Number.isInteger(r.Count) && (r.Count as number) >= 1)) throw bad(`Count must be a whole number of at least 1, got ${JSON.stringify(r.Count)}.`);
  if ((r.Code === undefined) === (r.LatencyMs === undefined)) throw bad('give exactly one of Code (an error to answer with) or LatencyMs (a delay).');
  if (r.Code !== undefined && (typeof r.Code !== 'string' || !Object.hasOwn(INJECTABLE, r.Code))) {
    throw bad(`Code ${JSON.stringify(r.Code)} is not one the sandbox injects; use one of ${INJECTABLE_CODES.join(', ')}.`);
  }
  if (r.LatencyMs !== undefined && !(Number.isInteger(r.LatencyMs) && (r.LatencyMs as number) >= 0 && (r.LatencyMs as number) <= MAX_LATENCY_MS)) {
    throw bad(`LatencyMs must be a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}, got ${JSON.stringify(r.LatencyMs)}.`);
  }
  return {
    Action: r.Action,
    ...(product ? { Product: product } : {}),
    Probability: probability,
    ...(r.Count !== undefined ? { Count: r.Count as number } : {}),
    ...(r.Code !== undefined ? { Code: r.Code as string } : { LatencyMs: r.LatencyMs as number }),
  };
}

/** Parses a whole rule list (the `Faults` parameter or a --faults file). */
export function parseRules(input: unknown, where = 'Faults'): FaultRule[] {
  if (!Array.isArray(input)) throw new InvalidParameter(`The parameter "${where}" is invalid: expected a JSON list of rules, e.g. [{"Action":"Create*","Probability":0.3,"Code":"Throttling.User"}].`);
  if (input.length > MAX_RULES) throw new InvalidParameter(`The parameter "${where}" is invalid: at most ${MAX_RULES} rules, got ${input.length}.`);
  return input.map((r, i) => parseRule(r, i, where));
}

/** The active fault rules of one sandbox process, with their hit counts. Kept in memory only. */
export class FaultSet {
  private rules: LiveRule[] = [];

  constructor(
    rules: readonly FaultRule[] = [],
    /** Source of randomness (tests pass a seeded one). */
    private readonly random: () => number = Math.random,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.replace(rules);
  }

  /** Reads a --faults file: a JSON list of rules, checked like SandboxSetFaults checks them. */
  static fromFile(file: string, random?: () => number): FaultSet {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      throw new Error(`cannot read the --faults file ${file}: ${(err as Error).message}`);
    }
    try {
      return new FaultSet(parseRules(JSON.parse(text), file), random);
    } catch (err) {
      throw new Error(`the --faults file ${file} is not a valid rule list: ${(err as Error).message}`);
    }
  }

  /** Replaces every rule (hit counts start again at 0). */
  replace(rules: readonly FaultRule[]): void {
    this.rules = rules.map((rule) => ({ rule, pattern: globToRegExp(rule.Action), hits: 0 }));
  }

  clear(): number {
    const n = this.rules.length;
    this.rules = [];
    return n;
  }

  list(): FaultRuleStatus[] {
    return this.rules.map((r) => ({ ...r.rule, Hits: r.hits }));
  }

  /**
   * Decides, synchronously (so Count is exact under concurrency), which rules fault this request.
   * Delay rules add up; the first error rule that fires ends the search. Returns undefined when
   * nothing fires, so an empty rule set costs the request no await.
   */
  before(product: Product, action: string): Promise<void> | undefined {
    if (this.rules.length === 0 || action.startsWith('Sandbox')) return undefined;
    let delay = 0;
    let error: ApiError | undefined;
    for (let i = 0; i < this.rules.length && !error; i++) {
      const live = this.rules[i];
      const { rule } = live;
      if (rule.Product && rule.Product !== product) continue;
      if (!live.pattern.test(action)) continue;
      if (rule.Count !== undefined && live.hits >= rule.Count) continue;
      if (rule.Probability < 1 && !(this.random() < rule.Probability)) continue;
      live.hits++;
      if (rule.LatencyMs !== undefined) delay += rule.LatencyMs;
      else {
        const code = INJECTABLE[rule.Code!];
        // The real message, marked as injected so nobody hunts for a cause that is not there.
        error = new code.cls(`${code.message} (Injected by sandbox fault rule ${i + 1}: ${rule.Action}.)`);
      }
    }
    if (delay === 0 && !error) return undefined;
    if (delay === 0) return Promise.reject(error);
    return this.sleep(delay).then(() => {
      if (error) throw error;
    });
  }
}

/**
 * The pipeline step: a dispatcher that consults the fault rules before running each action.
 * app.ts composes it around the action dispatcher; the wire sees only a WireDispatcher.
 */
export function withFaults(inner: WireDispatcher, faults: FaultSet): WireDispatcher {
  return {
    find: (product, name) => inner.find(product, name),
    names: (product) => inner.names(product),
    resolveRegion: (regionId) => inner.resolveRegion(regionId),
    async invoke(call: WireCall) {
      const pending = faults.before(call.product, call.action.name);
      if (pending) await pending;
      return inner.invoke(call);
    },
  };
}
