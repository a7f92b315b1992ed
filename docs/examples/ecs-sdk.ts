/**
 * Start an ECS instance in the sandbox with the official ECS SDK (@alicloud/ecs20140526 on
 * @alicloud/openapi-core): the network from the VPC SDK, then a security group, a rule and
 * RunInstances, and finally DescribeInstances. Only the endpoint and the credentials differ from
 * code written for the real cloud.
 *
 *   npx tsx docs/examples/ecs-sdk.ts          (with a sandbox running: npm start)
 */
import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import Vpc, * as $Vpc from '@alicloud/vpc20160428';
import { $OpenApiUtil } from '@alicloud/openapi-core';

export async function ecsExample(endpoint = process.env.ALICLOUD_SANDBOX_ENDPOINT ?? 'http://127.0.0.1:4590') {
  const url = new URL(endpoint);
  const config = () =>
    new $OpenApiUtil.Config({
      endpoint: url.host,
      protocol: url.protocol.replace(':', ''),
      accessKeyId: 'SANDBOXACCESSKEY',
      accessKeySecret: 'sandbox-secret',
      regionId: 'cn-hangzhou',
    });
  const vpcClient = new Vpc(config());
  const ecs = new Ecs(config()); // the same endpoint serves both products

  const vpc = await vpcClient.createVpc(new $Vpc.CreateVpcRequest({ regionId: 'cn-hangzhou', cidrBlock: '192.168.0.0/16' }));
  const vpcId = vpc.body!.vpcId!;
  const vsw = await vpcClient.createVSwitch(new $Vpc.CreateVSwitchRequest({ regionId: 'cn-hangzhou', vpcId, zoneId: 'cn-hangzhou-h', cidrBlock: '192.168.1.0/24' }));
  const vSwitchId = vsw.body!.vSwitchId!;

  const sg = await ecs.createSecurityGroup(new $Ecs.CreateSecurityGroupRequest({ regionId: 'cn-hangzhou', vpcId, securityGroupName: 'web' }));
  const securityGroupId = sg.body!.securityGroupId!;
  await ecs.authorizeSecurityGroup(
    new $Ecs.AuthorizeSecurityGroupRequest({
      regionId: 'cn-hangzhou',
      securityGroupId,
      permissions: [new $Ecs.AuthorizeSecurityGroupRequestPermissions({ ipProtocol: 'tcp', portRange: '443/443', sourceCidrIp: '0.0.0.0/0', policy: 'accept' })],
    }),
  );

  const run = await ecs.runInstances(
    new $Ecs.RunInstancesRequest({
      regionId: 'cn-hangzhou',
      imageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd',
      instanceType: 'ecs.g7.large',
      securityGroupId,
      vSwitchId,
      instanceName: 'web-1',
      privateIpAddress: '192.168.1.10',
    }),
  );
  const instanceId = run.body!.instanceIdSets!.instanceIdSet![0];

  const described = await ecs.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-hangzhou', instanceIds: JSON.stringify([instanceId]) }));
  const instance = described.body!.instances!.instance![0];
  return { instanceId, status: instance.status, privateIp: instance.vpcAttributes!.privateIpAddress!.ipAddress![0], vSwitchId: instance.vpcAttributes!.vSwitchId };
}

if (require.main === module) {
  ecsExample().then((r) => console.log(r), (err) => {
    console.error(err);
    process.exit(1);
  });
}
