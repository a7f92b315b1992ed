/**
 * `DefaultNetwork`: the region's default VPC (a /16 such as 172.31.0.0/16, created by
 * CreateDefaultVpc) and the default VSwitch (a /20) of each zone asked for. The cloud picks the
 * blocks, so there is nothing to validate at synth time beyond the zones being distinct.
 */
import { TerraformOutput, type TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { vpc, vswitch } from './generated';
import { usableAddressCountForPrefix } from '../network-rules/carve';

export interface DefaultNetworkProps {
  /** Zones that get their default VSwitch, e.g. ["cn-hangzhou-b"]. @default none */
  readonly zoneIds?: string[];
  /**
   * Emit TerraformOutputs for the VPC and each VSwitch.
   * @default true
   */
  readonly outputs?: boolean;
  /** @default the stack's default provider */
  readonly provider?: TerraformProvider;
}

/** A default VSwitch is always a /20. */
export const DEFAULT_VSWITCH_PREFIX = 20;

export class DefaultNetwork extends Construct {
  public readonly vpc: vpc.Vpc;
  public readonly vpcId: string;
  /** The default VPC's block, a /16 such as 172.31.0.0/16 (known after deploy). */
  public readonly cidrBlock: string;
  public readonly routeTableId: string;
  public readonly routerId: string;
  /** Default VSwitches keyed by zone (each a /20 of the default VPC, picked by the cloud). */
  public readonly vswitches: { readonly [zoneId: string]: vswitch.Vswitch } = {};
  /** Usable addresses of each default VSwitch (a /20 minus the 4 reserved). */
  public readonly usableAddressCountPerVSwitch = usableAddressCountForPrefix(DEFAULT_VSWITCH_PREFIX);

  constructor(scope: Construct, id: string, props: DefaultNetworkProps = {}) {
    super(scope, id);
    this.vpc = new vpc.Vpc(this, 'Vpc', { isDefault: true, provider: props.provider });
    this.vpcId = this.vpc.id;
    this.cidrBlock = this.vpc.cidrBlock;
    this.routeTableId = this.vpc.routeTableId;
    this.routerId = this.vpc.routerId;
    const zones = props.zoneIds ?? [];
    const dup = zones.find((z, i) => zones.indexOf(z) !== i);
    if (dup) {
      throw new Error(`${this.node.path}: zone "${dup}" is listed twice: a zone has at most one default VSwitch. Fix: list each zone once.`);
    }
    const outputs = props.outputs ?? true;
    if (outputs) {
      new TerraformOutput(this, 'VpcId', { value: this.vpcId, description: 'ID of the default VPC' });
      new TerraformOutput(this, 'CidrBlock', { value: this.cidrBlock, description: 'CIDR block of the default VPC (a /16, picked by the cloud)' });
    }
    for (const zoneId of zones) {
      const vsw = new vswitch.Vswitch(this, zoneId, { isDefault: true, zoneId, dependsOn: [this.vpc], provider: props.provider });
      (this.vswitches as { [zoneId: string]: vswitch.Vswitch })[zoneId] = vsw;
      if (outputs) {
        new TerraformOutput(vsw, 'Id', { value: vsw.id, description: `ID of the default VSwitch of ${zoneId}` });
        new TerraformOutput(vsw, 'CidrBlock', { value: vsw.cidrBlock, description: `CIDR block of the default VSwitch of ${zoneId} (a /20, picked by the cloud)` });
      }
    }
  }
}
