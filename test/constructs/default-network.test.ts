import * as assert from 'node:assert/strict';
import { DefaultNetwork } from '../../constructs';
import { fullSynthJson, ZONE_B } from './synth-helpers';

describe('the DefaultNetwork construct, as a user reads back what the cloud picked', () => {
  it('outputs the default VPC block (a /16) and each default VSwitch block (a /20), which only the cloud knows', () => {
    const json = fullSynthJson((s) => new DefaultNetwork(s, 'default', { zoneIds: [ZONE_B] }));
    const vpcKey = Object.keys(json.resource.alicloud_vpc)[0];
    const vswKey = Object.keys(json.resource.alicloud_vswitch)[0];
    const out = (prefix: string) => Object.entries<any>(json.output).find(([k]) => k.startsWith(prefix))![1];
    assert.equal(out('default_CidrBlock').value, `\${alicloud_vpc.${vpcKey}.cidr_block}`);
    assert.match(out('default_CidrBlock').description, /a \/16/);
    assert.equal(out(`default_${ZONE_B}_CidrBlock`).value, `\${alicloud_vswitch.${vswKey}.cidr_block}`);
    assert.match(out(`default_${ZONE_B}_CidrBlock`).description, /a \/20/);
  });

  it('emits no outputs when asked not to', () => {
    const json = fullSynthJson((s) => new DefaultNetwork(s, 'default', { zoneIds: [ZONE_B], outputs: false }));
    assert.equal(json.output, undefined);
  });
});
