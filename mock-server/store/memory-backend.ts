import { emptyState, type Change, type PersistedState, type StateBackend } from './state-backend';

/** Keeps nothing: for tests and for `--data :memory:`. */
export class MemoryBackend implements StateBackend {
  async load(): Promise<PersistedState> {
    return emptyState();
  }
  async append(_seq: number, _changes: Change[]): Promise<void> {}
  wantsSnapshot(): boolean {
    return false;
  }
  async snapshot(_state: PersistedState): Promise<void> {}
  async close(): Promise<void> {}
}
