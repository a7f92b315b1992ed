/**
 * Keeps the signature nonces the gateway has seen in `<state file>.nonces`, so that a request
 * captured before a restart is still refused as a replay after it (within its timestamp window).
 *
 * One line per nonce, `<expiry ms>\t<key as JSON>\n`, appended with a plain write (no fsync):
 * the line is in the page cache before the request is acted on, which survives a killed process,
 * and losing the last nonces to a power loss costs no acknowledged state. The registry compacts
 * the file (rewrite to a temporary file, then rename) so that it stays within twice its cap.
 * The state file's lock (file-lock.ts) keeps a second process off this file too.
 */
import { closeSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import * as path from 'node:path';

/** A NonceLog (see wire/signature.ts), declared structurally so the store need not import the wire. */
export class NonceFile {
  private fd: number | undefined;
  /** Set after a failed write: recording stops (requests are still served) until the next rewrite. */
  private failed = false;

  constructor(readonly file: string, private readonly onError: (message: string) => void = () => {}) {}

  static forStateFile(stateFile: string, onError?: (message: string) => void): NonceFile {
    return new NonceFile(`${stateFile}.nonces`, onError);
  }

  load(): Array<[string, number]> {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const out: Array<[string, number]> = [];
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue; // a torn last line, or blank
      const expires = Number(line.slice(0, tab));
      try {
        const key = JSON.parse(line.slice(tab + 1));
        if (typeof key === 'string' && Number.isFinite(expires)) out.push([key, expires]);
      } catch {
        // A torn last line: that request never got past the gateway.
      }
    }
    return out;
  }

  record(key: string, expires: number): void {
    if (this.fd === undefined || this.failed) return;
    const line = `${expires}\t${JSON.stringify(key)}\n`;
    try {
      writeSync(this.fd, line);
    } catch (err) {
      this.failed = true;
      this.onError(`nonces ${this.file}: could not record a nonce (${(err as Error).message}); replays are refused until a restart only`);
    }
  }

  rewrite(entries: Array<[string, number]>): void {
    const tmp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.tmp`);
    try {
      const fd = openSync(tmp, 'w');
      try {
        // In chunks, so a full registry does not build one huge string.
        for (let i = 0; i < entries.length; i += 4096) {
          writeSync(fd, entries.slice(i, i + 4096).map(([k, e]) => `${e}\t${JSON.stringify(k)}\n`).join(''));
        }
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, this.file);
      if (this.fd !== undefined) closeSync(this.fd);
      this.fd = openSync(this.file, 'a');
      this.failed = false;
    } catch (err) {
      this.onError(`nonces ${this.file}: could not be rewritten (${(err as Error).message})`);
      if (this.fd === undefined) {
        try {
          this.fd = openSync(this.file, 'a');
        } catch {
          this.failed = true;
        }
      }
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
