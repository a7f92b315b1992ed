/**
 * `NetworkInstance`: an ECS instance placed in a VSwitch of a `Network`. It records its network,
 * so a route whose next hop is this instance can be checked against the route table's VPC.
 */
import { TerraformOutput, Token } from 'cdktf';
import { Construct } from 'constructs';
import { instance } from './generated';
import { ecsName } from './names';
import type { INetwork, INetworkInstance, INetworkVSwitch } from './network-registry';
import { checkDescription, checkDuplicatePrivateIp, checkName, checkPrivateIp } from './validation';

export interface NetworkInstanceOptions {
  /** The VSwitch the instance lives in (one of the network's). */
  readonly vswitch: INetworkVSwitch;
  /**
   * A fixed primary private IP inside the VSwitch (not one of its 4 reserved addresses).
   * @default allocated by the cloud
   */
  readonly privateIp?: string;
  /** @default "ubuntu_22_04_x64_20G_alibase_20240130.vhd" */
  readonly imageId?: string;
  /** @default "ecs.g7.large" */
  readonly instanceType?: string;
  /**
   * The instance's name in the cloud: 2 to 128 characters, a letter first, then letters, digits,
   * ".", "_", "-" and ":".
   * @default "<vpc name>-<construct id>", with other characters turned into "-" and "instance-" in
   * front when it does not start with a letter
   */
  readonly instanceName?: string;
  /**
   * Security group IDs (in the same VPC).
   * @default [the network's default security group]
   */
  readonly securityGroupIds?: string[];
  /** 2 to 256 characters. @default none */
  readonly description?: string;
  /** @default none */
  readonly tags?: { [key: string]: string };
  /**
   * Emit TerraformOutputs for the instance ID and private IP.
   * @default true
   */
  readonly outputs?: boolean;
}

export const DEFAULT_IMAGE_ID = 'ubuntu_22_04_x64_20G_alibase_20240130.vhd';
export const DEFAULT_INSTANCE_TYPE = 'ecs.g7.large';

export class NetworkInstance extends Construct implements INetworkInstance {
  /** The generated resource, for anything the L2 does not expose. */
  public readonly resource: instance.Instance;
  public readonly network: INetwork;
  public readonly vswitch: INetworkVSwitch;
  /** The instance's ID (known after deploy). */
  public readonly instanceId: string;
  /** The instance's primary private IP (known after deploy unless fixed). */
  public readonly privateIp: string;
  /** The fixed private IP asked for in the options, if any. */
  public readonly requestedPrivateIp?: string;

  /** The scope must be the network (use `network.addInstance`) or below it. */
  constructor(scope: Construct, id: string, options: NetworkInstanceOptions) {
    if (scope === options.vswitch.network) options.vswitch.network.registry.checkChildId(id, 'instance');
    super(scope, id);
    const network = options.vswitch.network;
    this.network = network;
    this.vswitch = options.vswitch;
    this.resource = new instance.Instance(this, 'Resource', {
      vswitchId: options.vswitch.vswitchId,
      privateIp: options.privateIp,
      imageId: options.imageId ?? DEFAULT_IMAGE_ID,
      instanceType: options.instanceType ?? DEFAULT_INSTANCE_TYPE,
      instanceName: options.instanceName ?? ecsName('instance', network.vpcName, id),
      securityGroups: options.securityGroupIds ?? [network.defaultSecurityGroup.id],
      description: options.description,
      tags: options.tags,
      provider: network.provider,
    });
    this.instanceId = this.resource.id;
    this.privateIp = this.resource.privateIp;
    this.requestedPrivateIp = options.privateIp;
    network.registry.registerInstance(this);
    const ip = options.privateIp;
    this.node.addValidation({
      validate: () => [
        ...(options.instanceName === undefined || Token.isUnresolved(options.instanceName) ? [] : checkName(`instance "${id}"`, options.instanceName, 'ecs', 'instanceName')),
        ...(options.description === undefined || Token.isUnresolved(options.description) ? [] : checkDescription(`instance "${id}"`, options.description, 2)),
      ],
    });
    this.node.addValidation({
      validate: () => {
        if (ip === undefined || Token.isUnresolved(ip)) return [];
        const out = checkPrivateIp(ip, { name: options.vswitch.node.id, cidrBlock: options.vswitch.cidrBlock });
        if (out.length > 0) return out;
        // Reported once, on the later of the two instances.
        const instances = network.registry.instances;
        const earlier = instances.slice(0, instances.indexOf(this)).find((i) => i.requestedPrivateIp === ip);
        return earlier ? checkDuplicatePrivateIp(ip, this.node.path, earlier.node.path) : [];
      },
    });
    if (options.outputs ?? true) {
      new TerraformOutput(this, 'Id', { value: this.instanceId, description: `ID of instance ${id}` });
      new TerraformOutput(this, 'PrivateIp', { value: this.privateIp, description: `Private IP of instance ${id}` });
    }
  }
}
