/**
 * Settings the domain reads, declared once. app.ts builds them from the sandbox options and hands
 * them to the action context; the wire layer never sees them.
 */
export interface DomainConfig {
  /** How long creates and state changes stay transitional (Pending, Starting …), in ms; 0 settles at once. */
  asyncDelayMs: number;
}
