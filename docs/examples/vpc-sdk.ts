/**
 * Create a VPC and a VSwitch in the sandbox with the official VPC SDK (@alicloud/vpc20160428 on
 * @alicloud/openapi-core), then list them. Only the endpoint and the credentials differ from code
 * written for the real cloud.
 *
 *   npx tsx docs/examples/vpc-sdk.ts          (with a sandbox running: npm start)
 */
import Vpc, * as $Vpc from '@alicloud/vpc20160428';
import { $OpenApiUtil } from '@alicloud/openapi-core';

export async function vpcExample(endpoint = process.env.ALICLOUD_SANDBOX_ENDPOINT ?? 'http://127.0.0.1:4590') {
  const url = new URL(endpoint);
  const client = new Vpc(
    new $OpenApiUtil.Config({
      endpoint: url.host, // host:port of the sandbox
      protocol: url.protocol.replace(':', ''),
      accessKeyId: 'SANDBOXACCESSKEY', // the sandbox's default account
      accessKeySecret: 'sandbox-secret',
      regionId: 'cn-hangzhou',
    }),
  );

  const vpc = await client.createVpc(new $Vpc.CreateVpcRequest({ regionId: 'cn-hangzhou', cidrBlock: '10.0.0.0/16', vpcName: 'sdk-example' }));
  const vpcId = vpc.body!.vpcId!;
  const vsw = await client.createVSwitch(
    new $Vpc.CreateVSwitchRequest({ regionId: 'cn-hangzhou', vpcId, zoneId: 'cn-hangzhou-b', cidrBlock: '10.0.1.0/24', vSwitchName: 'web' }),
  );
  const listed = await client.describeVpcs(new $Vpc.DescribeVpcsRequest({ regionId: 'cn-hangzhou', vpcId }));
  return { vpcId, vSwitchId: vsw.body!.vSwitchId!, cidrBlock: listed.body!.vpcs!.vpc![0].cidrBlock };
}

if (require.main === module) {
  vpcExample().then((r) => console.log(r), (err) => {
    console.error(err);
    process.exit(1);
  });
}
