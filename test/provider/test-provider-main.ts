/**
 * TEST ONLY: the provider plugin with the test double `alicloud_test_thing` (test-thing-resource.ts)
 * added, stored in the file ALICLOUD_SANDBOX_TEST_RESOURCES names. test/helpers/terraform.ts
 * bundles this entry into its own filesystem mirror (ensureTestProviderBuilt), so the shipped
 * provider carries neither the double nor the switch.
 */
import { checkMagicCookie } from '../../provider/protocol/handshake';

const problem = checkMagicCookie(process.env);
if (problem) {
  process.stderr.write(problem);
  process.exit(1);
}
/* eslint-disable @typescript-eslint/no-require-imports */
const { runPlugin } = require('../../provider/plugin') as typeof import('../../provider/plugin');
const { testThingResource, TEST_RESOURCES_ENV } = require('./test-thing-resource') as typeof import('./test-thing-resource');
const store = process.env[TEST_RESOURCES_ENV];
runPlugin({ extraResources: store ? [testThingResource(store)] : [] });
