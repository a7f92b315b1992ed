/**
 * Entry point of the Terraform provider plugin sandbox/alicloud.
 *
 * Terraform starts this process with the go-plugin environment; run by hand it explains itself and
 * exits 1. The cookie check comes before any heavy import so that failure is instant.
 */
import { checkMagicCookie } from './protocol/handshake';

const problem = checkMagicCookie(process.env);
if (problem) {
  process.stderr.write(problem);
  process.exit(1);
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
(require('./plugin') as typeof import('./plugin')).runPlugin();
