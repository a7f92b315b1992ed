/**
 * Creation-time hook points. A parent family declares a point where children may contribute
 * (“a VPC was created”, “a VSwitch block was chosen”); a child family binds its function to it
 * through its Family registration. Like the dependency table, this lets a parent trigger its
 * children's work (a new VPC gets a VRouter and a system route table) without importing them.
 */
import type { Transaction } from '../store/store';

export class HookPoint<A extends unknown[], R = void> {
  private readonly fns: Array<(tx: Transaction, ...args: A) => R> = [];

  constructor(readonly name: string) {}

  add(fn: (tx: Transaction, ...args: A) => R): void {
    if (!this.fns.includes(fn)) this.fns.push(fn);
  }

  /** Runs every bound function in registration order; returns their results. */
  run(tx: Transaction, ...args: A): R[] {
    return this.fns.map((fn) => fn(tx, ...args));
  }
}

/** A child's binding to a parent's point, installed when the registry is built. */
export interface HookBinding {
  readonly point: string;
  install(): void;
}

export function bind<A extends unknown[], R>(point: HookPoint<A, R>, fn: (tx: Transaction, ...args: A) => R): HookBinding {
  return { point: point.name, install: () => point.add(fn) };
}
