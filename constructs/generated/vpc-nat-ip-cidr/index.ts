// https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/vpc_nat_ip_cidr
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface VpcNatIpCidrConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether the real provider only checks the requests (DryRun). Accepted and kept; the sandbox does not model it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/vpc_nat_ip_cidr#dry_run VpcNatIpCidr#dry_run}
  */
  readonly dryRun?: boolean | cdktf.IResolvable;
  /**
  * The VPC NAT gateway (network_type = "intranet") the block belongs to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/vpc_nat_ip_cidr#nat_gateway_id VpcNatIpCidr#nat_gateway_id}
  */
  readonly natGatewayId: string;
  /**
  * The block: in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, /16 to /32, outside the VPC's blocks.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/vpc_nat_ip_cidr#nat_ip_cidr VpcNatIpCidr#nat_ip_cidr}
  */
  readonly natIpCidr: string;
  /**
  * The description (2 to 256 characters). Changes in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/vpc_nat_ip_cidr#nat_ip_cidr_description VpcNatIpCidr#nat_ip_cidr_description}
  */
  readonly natIpCidrDescription?: string;
  /**
  * The name (2 to 128 characters, a letter first). Changes in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/vpc_nat_ip_cidr#nat_ip_cidr_name VpcNatIpCidr#nat_ip_cidr_name}
  */
  readonly natIpCidrName: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/vpc_nat_ip_cidr#timeouts VpcNatIpCidr#timeouts}
  */
  readonly timeouts?: VpcNatIpCidrTimeouts;
}
export interface VpcNatIpCidrTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/vpc_nat_ip_cidr#create VpcNatIpCidr#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/vpc_nat_ip_cidr#delete VpcNatIpCidr#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/vpc_nat_ip_cidr#update VpcNatIpCidr#update}
  */
  readonly update?: string;
}

export function vpcNatIpCidrTimeoutsToTerraform(struct?: VpcNatIpCidrTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function vpcNatIpCidrTimeoutsToHclTerraform(struct?: VpcNatIpCidrTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class VpcNatIpCidrTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): VpcNatIpCidrTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: VpcNatIpCidrTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/vpc_nat_ip_cidr alicloud_vpc_nat_ip_cidr}
*/
export class VpcNatIpCidr extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "alicloud_vpc_nat_ip_cidr";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a VpcNatIpCidr resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the VpcNatIpCidr to import
  * @param importFromId The id of the existing VpcNatIpCidr that should be imported. Refer to the {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/vpc_nat_ip_cidr#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the VpcNatIpCidr to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "alicloud_vpc_nat_ip_cidr", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/vpc_nat_ip_cidr alicloud_vpc_nat_ip_cidr} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options VpcNatIpCidrConfig
  */
  public constructor(scope: Construct, id: string, config: VpcNatIpCidrConfig) {
    super(scope, id, {
      terraformResourceType: 'alicloud_vpc_nat_ip_cidr',
      terraformGeneratorMetadata: {
        providerName: 'alicloud',
        providerVersion: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._dryRun = config.dryRun;
    this._natGatewayId = config.natGatewayId;
    this._natIpCidr = config.natIpCidr;
    this._natIpCidrDescription = config.natIpCidrDescription;
    this._natIpCidrName = config.natIpCidrName;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
  }

  // dry_run - computed: false, optional: true, required: false
  private _dryRun?: boolean | cdktf.IResolvable; 
  public get dryRun() {
    return this.getBooleanAttribute('dry_run');
  }
  public set dryRun(value: boolean | cdktf.IResolvable) {
    this._dryRun = value;
  }
  public resetDryRun() {
    this._dryRun = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dryRunInput() {
    return this._dryRun;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // nat_gateway_id - computed: false, optional: false, required: true
  private _natGatewayId?: string; 
  public get natGatewayId() {
    return this.getStringAttribute('nat_gateway_id');
  }
  public set natGatewayId(value: string) {
    this._natGatewayId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get natGatewayIdInput() {
    return this._natGatewayId;
  }

  // nat_ip_cidr - computed: false, optional: false, required: true
  private _natIpCidr?: string; 
  public get natIpCidr() {
    return this.getStringAttribute('nat_ip_cidr');
  }
  public set natIpCidr(value: string) {
    this._natIpCidr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get natIpCidrInput() {
    return this._natIpCidr;
  }

  // nat_ip_cidr_description - computed: false, optional: true, required: false
  private _natIpCidrDescription?: string; 
  public get natIpCidrDescription() {
    return this.getStringAttribute('nat_ip_cidr_description');
  }
  public set natIpCidrDescription(value: string) {
    this._natIpCidrDescription = value;
  }
  public resetNatIpCidrDescription() {
    this._natIpCidrDescription = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get natIpCidrDescriptionInput() {
    return this._natIpCidrDescription;
  }

  // nat_ip_cidr_name - computed: false, optional: false, required: true
  private _natIpCidrName?: string; 
  public get natIpCidrName() {
    return this.getStringAttribute('nat_ip_cidr_name');
  }
  public set natIpCidrName(value: string) {
    this._natIpCidrName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get natIpCidrNameInput() {
    return this._natIpCidrName;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new VpcNatIpCidrTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: VpcNatIpCidrTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      dry_run: cdktf.booleanToTerraform(this._dryRun),
      nat_gateway_id: cdktf.stringToTerraform(this._natGatewayId),
      nat_ip_cidr: cdktf.stringToTerraform(this._natIpCidr),
      nat_ip_cidr_description: cdktf.stringToTerraform(this._natIpCidrDescription),
      nat_ip_cidr_name: cdktf.stringToTerraform(this._natIpCidrName),
      timeouts: vpcNatIpCidrTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      dry_run: {
        value: cdktf.booleanToHclTerraform(this._dryRun),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      nat_gateway_id: {
        value: cdktf.stringToHclTerraform(this._natGatewayId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      nat_ip_cidr: {
        value: cdktf.stringToHclTerraform(this._natIpCidr),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      nat_ip_cidr_description: {
        value: cdktf.stringToHclTerraform(this._natIpCidrDescription),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      nat_ip_cidr_name: {
        value: cdktf.stringToHclTerraform(this._natIpCidrName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: vpcNatIpCidrTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "VpcNatIpCidrTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
