/**
 * Secondary ENIs given to RunInstances as NetworkInterface.N (InstanceType Secondary): created, or
 * taken over when NetworkInterfaceId names an existing one, and attached to each new instance in the
 * same transaction as the instance rows, so one bad spec refuses the whole launch and nothing stays.
 *
 * Defaults as the API reference gives them: a spec without VSwitchId uses the instance's VSwitch,
 * one without security groups the instance's groups, and DeleteOnRelease is true (the ENI goes
 * with its instance: see the cascade in ./links.ts). Tag.N of RunInstances tags the instance, its
 * disks and its primary ENI, not these, so they start untagged.
 */
import { InvalidParameter } from '../../errors';
import type { DomainConfig } from '../../domain/config';
import { transition } from '../../domain/lifecycle';
import { given } from '../../domain/values';
import type { Transaction } from '../../store/store';
import { getVSwitch } from '../../vpc/vswitch/domain';
import type { InstanceRecord } from '../instance/records';
import type { LaunchEniSpec } from '../instance/launch-hooks';
import { createEni, eniQuota, requireEni, requireStatus } from './domain';
import { EniPerInstanceLimitExceeded, InvalidOperationAvailabilityZoneMismatch, InvalidOperationVpcMismatch } from './errors';
import { lowestFreeDeviceIndex, networkInterfaces, type NetworkInterfaceRecord } from './records';

function checkPlacement(eni: { id?: string; zoneId: string; vpcId: string }, what: string, inst: InstanceRecord): void {
  if (eni.zoneId !== inst.zoneId) {
    throw new InvalidOperationAvailabilityZoneMismatch(`${what} is in zone ${eni.zoneId} but the instance launches in ${inst.zoneId}: a launch-time ENI must be in the instance's zone. Give a VSwitch of ${inst.zoneId}.`);
  }
  if (eni.vpcId !== inst.vpcId) {
    throw new InvalidOperationVpcMismatch(`${what} is in VPC ${eni.vpcId} but the instance launches in ${inst.vpcId}: a launch-time ENI must be in the instance's VPC. Give a VSwitch of ${inst.vpcId}.`);
  }
}

function attach(tx: Transaction, config: DomainConfig, eni: NetworkInterfaceRecord, inst: InstanceRecord, extra: Partial<NetworkInterfaceRecord>): void {
  networkInterfaces(tx).put({
    ...eni,
    ...extra,
    instanceId: inst.id,
    deviceIndex: lowestFreeDeviceIndex(tx, inst.id),
    // It settles with its instance (Pending → Running takes the same async delay).
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Attaching'], 'InUse'),
  });
}

/** Creates (or takes over) and attaches `specs` on every instance of `launched`; throws before anything is kept if one does not fit. */
export function attachLaunchEnis(tx: Transaction, config: DomainConfig, launched: InstanceRecord[], specs: LaunchEniSpec[]): void {
  if (specs.length === 0) return;
  if (launched.length > 1 && specs.some((s) => given(s.networkInterfaceId) || given(s.primaryIpAddress))) {
    throw new InvalidParameter(`NetworkInterface.N.NetworkInterfaceId and NetworkInterface.N.PrimaryIpAddress need Amount 1 (${launched.length} instances were asked for): each instance needs its own ENI and address.`);
  }
  for (const inst of launched) {
    const quota = eniQuota(inst.instanceType);
    if (1 + specs.length > quota) {
      throw new EniPerInstanceLimitExceeded(`The instance type ${inst.instanceType} takes ${quota} network interfaces (EniQuantity, its primary one included), but RunInstances asked for 1 + ${specs.length}. Give fewer NetworkInterface.N entries of type Secondary, or a larger instance type (DescribeInstanceTypes shows EniQuantity).`);
    }
    for (const spec of specs) {
      if (given(spec.networkInterfaceId)) {
        // An existing ENI: no other creation parameter applies to it (the API reference says so).
        const eni = requireEni(tx, spec.networkInterfaceId);
        if (eni.instanceId) {
          throw new InvalidParameter(`The network interface ${eni.id} is already attached to instance ${eni.instanceId}: an ENI is attached to one instance at a time. Detach it first.`);
        }
        requireStatus(tx, eni, 'Available', 'RunInstances (NetworkInterface.N.NetworkInterfaceId)');
        checkPlacement(eni, `The network interface ${eni.id}`, inst);
        attach(tx, config, eni, inst, {});
        continue;
      }
      const vswitchId = given(spec.vswitchId) ? spec.vswitchId : inst.vswitchId;
      checkPlacement(getVSwitch(tx, vswitchId), `The VSwitch ${vswitchId}`, inst);
      const eni = createEni(tx, config, {
        vswitchId,
        securityGroupIds: spec.securityGroupIds?.length ? spec.securityGroupIds : inst.securityGroupIds,
        name: spec.name,
        description: spec.description,
        primaryIpAddress: spec.primaryIpAddress,
        secondaryPrivateIpAddressCount: spec.secondaryPrivateIpAddressCount,
        queueNumber: spec.queueNumber,
        trafficMode: spec.trafficMode,
        resourceGroupId: inst.resourceGroupId,
        sourceDestCheck: spec.sourceDestCheck,
        deleteOnRelease: spec.deleteOnRelease ?? true,
        tags: {},
      });
      attach(tx, config, eni, inst, {
        ...(spec.networkCardIndex !== undefined ? { networkCardIndex: spec.networkCardIndex } : {}),
        ...(spec.queuePairNumber !== undefined ? { queuePairNumber: spec.queuePairNumber } : {}),
      });
    }
  }
}
