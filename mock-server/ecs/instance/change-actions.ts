/**
 * Changes to instances: Start/Stop/DeleteInstance, ModifyInstanceVpcAttribute,
 * ModifyInstanceAttribute, ModifyInstanceNetworkSpec, Join/LeaveSecurityGroup.
 */
import { InvalidParameter, MissingParameter } from '../../errors';
import { DRY_RUN, ECS_CLIENT_TOKEN, ecsDryRun, ignored } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { boolean, integer, list, required, string } from '../../wire/params';
import { joinSecurityGroup, leaveSecurityGroup, modifyInstanceAttribute, modifyInstanceNetworkSpec, modifyInstanceVpcAttribute } from './changes';
import { deleteInstance, startInstance, stopInstance } from './domain';
import { INSTANCE_ID, OPTIONAL_REGION, onInstance } from './regionless';
import { storeUserData } from './stored-options';

const startInstanceAction = defineAction({
  name: 'StartInstance',
  products: ['ecs'],
  regional: false,
  params: { RegionId: OPTIONAL_REGION, InstanceId: INSTANCE_ID, DryRun: DRY_RUN, ...ignored('InitLocalDisk') },
  async handle(ctx, p) {
    await onInstance(ctx, p.RegionId, p.InstanceId, (tx) => {
      startInstance(tx, ctx.config, p.InstanceId);
      ecsDryRun(p.DryRun);
    });
    return {};
  },
});

const stopInstanceAction = defineAction({
  name: 'StopInstance',
  products: ['ecs'],
  regional: false,
  params: {
    RegionId: OPTIONAL_REGION,
    InstanceId: INSTANCE_ID,
    DryRun: DRY_RUN,
    ForceStop: boolean(),
    StoppedMode: string({ enum: ['StopCharging', 'KeepCharging'] }),
    // Accepted, not modelled: the sandbox's stop is always a clean stop.
    ...ignored('ConfirmStop', 'Hibernate'),
  },
  async handle(ctx, p) {
    await onInstance(ctx, p.RegionId, p.InstanceId, (tx) => {
      stopInstance(tx, ctx.config, p.InstanceId, p.StoppedMode);
      ecsDryRun(p.DryRun);
    });
    return {};
  },
});

const deleteInstanceAction = defineAction({
  name: 'DeleteInstance',
  products: ['ecs'],
  regional: false,
  params: {
    RegionId: OPTIONAL_REGION,
    InstanceId: INSTANCE_ID,
    Force: boolean(),
    DryRun: DRY_RUN,
    // Accepted, not modelled (no subscriptions; Force already releases a running instance).
    ...ignored('ForceStop', 'TerminateSubscription'),
  },
  async handle(ctx, p) {
    await onInstance(ctx, p.RegionId, p.InstanceId, (tx) => {
      deleteInstance(tx, p.InstanceId, p.Force ?? false);
      ecsDryRun(p.DryRun);
    });
    return {};
  },
});

const modifyInstanceVpcAttributeAction = defineAction({
  name: 'ModifyInstanceVpcAttribute',
  products: ['ecs'],
  regional: false,
  params: {
    RegionId: OPTIONAL_REGION,
    InstanceId: INSTANCE_ID,
    VSwitchId: required(string({ maxLength: 64 })),
    PrivateIpAddress: string({ maxLength: 64 }),
    VpcId: string({ maxLength: 64 }),
    SecurityGroupId: list(string({ maxLength: 64 }), { maxItems: 16 }),
  },
  async handle(ctx, p) {
    await onInstance(ctx, p.RegionId, p.InstanceId, (tx) =>
      modifyInstanceVpcAttribute(tx, p.InstanceId, {
        vswitchId: p.VSwitchId,
        privateIpAddress: p.PrivateIpAddress,
        vpcId: p.VpcId,
        securityGroupIds: p.SecurityGroupId,
      }),
    );
    return {};
  },
});

const modifyInstanceAttributeAction = defineAction({
  name: 'ModifyInstanceAttribute',
  products: ['ecs'],
  regional: false,
  params: {
    RegionId: OPTIONAL_REGION,
    InstanceId: INSTANCE_ID,
    InstanceName: string({ maxLength: 256 }),
    Description: string({ maxLength: 1024 }),
    HostName: string({ maxLength: 256 }),
    SecurityGroupIds: list(string({ maxLength: 64 }), { maxItems: 16 }),
    DeletionProtection: boolean(),
    // Kept and shown by DescribeUserData, not run (./stored-options.ts).
    UserData: string({ maxLength: 64 * 1024 }),
    // The CPU credit mode of a burstable instance: kept and shown, not counted.
    CreditSpecification: string({ enum: ['Standard', 'Unlimited'] }),
    // Passwords, CPU, DNS and NIC queue options: accepted, not modelled.
    ...ignored(
      'Password', 'Recyclable', 'EnableJumboFrame', 'EnableNetworkEncryption', 'NetworkInterfaceQueueNumber',
      'CpuOptions.Core', 'CpuOptions.NestedVirtualization', 'CpuOptions.ThreadsPerCore', 'CpuOptions.TopologyType',
      'PrivateDnsNameOptions.EnableInstanceIdDnsAAAARecord', 'PrivateDnsNameOptions.EnableInstanceIdDnsARecord', 'PrivateDnsNameOptions.EnableIpDnsARecord',
      'PrivateDnsNameOptions.EnableIpDnsPtrRecord', 'PrivateDnsNameOptions.HostnameType', 'RemoteConnectionOptions.Password', 'RemoteConnectionOptions.Type',
    ),
  },
  async handle(ctx, p) {
    await onInstance(ctx, p.RegionId, p.InstanceId, (tx) =>
      modifyInstanceAttribute(tx, p.InstanceId, {
        instanceName: p.InstanceName,
        description: p.Description,
        hostName: p.HostName,
        securityGroupIds: p.SecurityGroupIds,
        deletionProtection: p.DeletionProtection,
        creditSpecification: p.CreditSpecification,
      }),
    );
    // Kept, not run (there is no guest OS): DescribeUserData shows it back.
    if (p.UserData !== undefined) await onInstance(ctx, p.RegionId, p.InstanceId, (tx) => storeUserData(tx, p.InstanceId, p.UserData));
    return {};
  },
});

const modifyInstanceNetworkSpecAction = defineAction({
  name: 'ModifyInstanceNetworkSpec',
  products: ['ecs'],
  regional: false,
  params: {
    RegionId: OPTIONAL_REGION,
    InstanceId: INSTANCE_ID,
    InternetMaxBandwidthOut: integer({ min: 0, max: 100 }),
    AllocatePublicIp: boolean(),
    // Switches the instance's InternetChargeType (shown by DescribeInstances).
    NetworkChargeType: string({ enum: ['PayByTraffic', 'PayByBandwidth'] }),
    ClientToken: ECS_CLIENT_TOKEN,
    // Billing and inbound-bandwidth options: accepted, not modelled.
    ...ignored('AutoPay', 'EndTime', 'ISP', 'InternetMaxBandwidthIn', 'StartTime'),
  },
  async handle(ctx, p) {
    await onInstance(ctx, p.RegionId, p.InstanceId, (tx) =>
      modifyInstanceNetworkSpec(tx, p.InstanceId, p.InternetMaxBandwidthOut, p.AllocatePublicIp, p.NetworkChargeType),
    );
    return { OrderId: '' };
  },
});

const MEMBERSHIP = {
  InstanceId: string({ maxLength: 64 }),
  SecurityGroupId: required(string({ maxLength: 64 })),
  NetworkInterfaceId: string({ maxLength: 64 }),
};

function membershipTarget(p: { InstanceId?: string; NetworkInterfaceId?: string }): string {
  if (p.NetworkInterfaceId) {
    throw new InvalidParameter(`NetworkInterfaceId "${p.NetworkInterfaceId}": elastic network interfaces are not modelled by the sandbox; give InstanceId instead.`);
  }
  if (!p.InstanceId) throw new MissingParameter('The input parameter "InstanceId" that is mandatory for processing this request is not supplied.');
  return p.InstanceId;
}

const joinSecurityGroupAction = defineAction({
  name: 'JoinSecurityGroup',
  products: ['ecs'],
  params: MEMBERSHIP,
  async handle(ctx, p) {
    const id = membershipTarget(p);
    await ctx.transact((tx) => joinSecurityGroup(tx, id, p.SecurityGroupId));
    return {};
  },
});

const leaveSecurityGroupAction = defineAction({
  name: 'LeaveSecurityGroup',
  products: ['ecs'],
  params: MEMBERSHIP,
  async handle(ctx, p) {
    const id = membershipTarget(p);
    await ctx.transact((tx) => leaveSecurityGroup(tx, id, p.SecurityGroupId));
    return {};
  },
});

export const instanceChangeActions = [
  startInstanceAction,
  stopInstanceAction,
  deleteInstanceAction,
  modifyInstanceVpcAttributeAction,
  modifyInstanceAttributeAction,
  modifyInstanceNetworkSpecAction,
  joinSecurityGroupAction,
  leaveSecurityGroupAction,
];
