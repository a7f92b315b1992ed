/**
 * `ElasticIp`: an EIP bound to an ECS instance of a network (guide: "Access the Internet" /
 * "Access from the Internet" with an EIP). Checked at synth time: the instance has no system
 * public IP (its internetMaxBandwidthOut is 0), it takes no second EIP, the bandwidth is in range
 * and a fixed address is a public IPv4 address.
 */
import { TerraformOutput, Token } from 'cdktf';
import { Construct } from 'constructs';
import { eipAddress, eipAssociation } from './generated';
import { checkEipBandwidth, checkEipTarget, checkOneEipPerInstance, checkPublicAddress } from './internet-rules';
import { vpcProductName } from './names';
import type { INetworkInstance } from './network-registry';
import { checkName } from './validation';

export interface ElasticIpProps {
  /** The instance to bind the EIP to: an instance of a network, with no system public IP. */
  readonly instance: INetworkInstance;
  /**
   * The peak bandwidth in Mbit/s (1 to 500).
   * @default 5
   */
  readonly bandwidth?: number;
  /** @default "PayByTraffic" */
  readonly internetChargeType?: 'PayByTraffic' | 'PayByBandwidth';
  /**
   * A fixed address, e.g. the guide's 118.31.48.48 (the sandbox grants it when free; the real cloud
   * only for addresses you held before).
   * @default allocated by the cloud
   */
  readonly ipAddress?: string;
  /**
   * The EIP's name: 1 to 128 characters, not starting with http:// or https://.
   * @default "<vpc name>-<construct id>"
   */
  readonly addressName?: string;
  /** @default none */
  readonly tags?: { [key: string]: string };
  /**
   * Emit TerraformOutputs for the address and its allocation ID.
   * @default true
   */
  readonly outputs?: boolean;
}

/** The registry kind ElasticIps register under. */
export const ELASTIC_IP_PART = 'ElasticIp';

/** The system-public-IP bandwidth configured on an instance, when the L2 can see it (a literal). */
function configuredBandwidth(instance: INetworkInstance): number | undefined {
  const value = (instance as { resource?: { internetMaxBandwidthOutInput?: unknown } }).resource?.internetMaxBandwidthOutInput;
  return typeof value === 'number' && !Token.isUnresolved(value) ? value : undefined;
}

export class ElasticIp extends Construct {
  public readonly eip: eipAddress.EipAddress;
  public readonly association: eipAssociation.EipAssociation;
  public readonly instance: INetworkInstance;
  /** The public address (the fixed one when given, else known after deploy). */
  public readonly ipAddress: string;
  public readonly allocationId: string;

  constructor(scope: Construct, id: string, props: ElasticIpProps) {
    const network = props.instance.network;
    if (scope === network) network.registry.checkChildId(id, 'ElasticIp');
    super(scope, id);
    this.instance = props.instance;
    const bandwidth = props.bandwidth ?? 5;
    this.eip = new eipAddress.EipAddress(this, 'Eip', {
      addressName: props.addressName ?? vpcProductName(network.vpcName, id),
      bandwidth: String(bandwidth),
      internetChargeType: props.internetChargeType ?? 'PayByTraffic',
      ipAddress: props.ipAddress,
      tags: network.tags || props.tags ? { ...network.tags, ...props.tags } : undefined,
      provider: network.provider,
    });
    this.association = new eipAssociation.EipAssociation(this, 'Association', {
      allocationId: this.eip.id,
      instanceId: props.instance.instanceId,
      instanceType: 'EcsInstance',
      provider: network.provider,
    });
    this.ipAddress = props.ipAddress ?? this.eip.ipAddress;
    this.allocationId = this.eip.id;
    network.registry.registerPart(ELASTIC_IP_PART, this);

    this.node.addValidation({
      validate: () => {
        const out: string[] = [];
        if (props.addressName !== undefined && !Token.isUnresolved(props.addressName)) out.push(...checkName(`ElasticIp "${id}"`, props.addressName, 'vpc', 'addressName'));
        if (!Token.isUnresolved(bandwidth)) out.push(...checkEipBandwidth(`ElasticIp "${id}" bandwidth`, bandwidth));
        if (props.ipAddress !== undefined && !Token.isUnresolved(props.ipAddress)) out.push(...checkPublicAddress(`ElasticIp "${id}" ipAddress`, props.ipAddress));
        const bw = configuredBandwidth(props.instance);
        if (bw !== undefined) out.push(...checkEipTarget(props.instance.node.path, bw));
        // A second EIP on the same instance is reported on the later ElasticIp.
        const all = network.registry.partsOf<ElasticIp>(ELASTIC_IP_PART);
        const earlier = all.slice(0, all.indexOf(this)).find((e) => e.instance === props.instance);
        out.push(...checkOneEipPerInstance(props.instance.node.path, earlier?.node.path));
        return out;
      },
    });
    if (props.outputs ?? true) {
      new TerraformOutput(this, 'IpAddress', { value: this.eip.ipAddress, description: `Public address of EIP ${id}` });
      new TerraformOutput(this, 'AllocationId', { value: this.eip.id, description: `Allocation ID of EIP ${id}` });
    }
  }
}
