// https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NatGatewayConfig extends cdktf.TerraformMetaArguments {
  /**
  * CrossAZ (the default: deployed across zones) or SingleAZ. Recorded and shown back; the sandbox has no zone failure to survive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#availability_mode NatGateway#availability_mode}
  */
  readonly availabilityMode?: string;
  /**
  * Deletion protection (DeletionProtection, Type NATGW): while true the gateway cannot be deleted, not even with force. Changes in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#deletion_protection NatGateway#deletion_protection}
  */
  readonly deletionProtection?: boolean | cdktf.IResolvable;
  /**
  * The description of the gateway (1 to 256 characters).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#description NatGateway#description}
  */
  readonly description?: string;
  /**
  * Whether the real provider only checks the create request (DryRun). Accepted and kept; the sandbox does not model it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#dry_run NatGateway#dry_run}
  */
  readonly dryRun?: boolean | cdktf.IResolvable;
  /**
  * MULTI_BINDED (the default) or NAT: how EIPs are bound to the gateway. Changes in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#eip_bind_mode NatGateway#eip_bind_mode}
  */
  readonly eipBindMode?: string;
  /**
  * Delete with Force: remove entries, unbind EIPs and delete routes to the gateway first.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#force NatGateway#force}
  */
  readonly force?: boolean | cdktf.IResolvable;
  /**
  * Whether the gateway answers ICMP echo requests.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#icmp_reply_enabled NatGateway#icmp_reply_enabled}
  */
  readonly icmpReplyEnabled?: boolean | cdktf.IResolvable;
  /**
  * Deprecated: use payment_type (PostPaid = PayAsYouGo, PrePaid = Subscription).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#instance_charge_type NatGateway#instance_charge_type}
  */
  readonly instanceChargeType?: string;
  /**
  * PayByLcu or PayBySpec.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#internet_charge_type NatGateway#internet_charge_type}
  */
  readonly internetChargeType?: string;
  /**
  * Deprecated: use nat_gateway_name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#name NatGateway#name}
  */
  readonly name?: string;
  /**
  * The name of the gateway (1 to 128 characters).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#nat_gateway_name NatGateway#nat_gateway_name}
  */
  readonly natGatewayName?: string;
  /**
  * Enhanced (Normal is retired and not modelled, so there is nothing to convert).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#nat_type NatGateway#nat_type}
  */
  readonly natType?: string;
  /**
  * internet (an Internet NAT gateway, the default) or intranet (a VPC NAT gateway).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#network_type NatGateway#network_type}
  */
  readonly networkType?: string;
  /**
  * PayAsYouGo (default) or Subscription.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#payment_type NatGateway#payment_type}
  */
  readonly paymentType?: string;
  /**
  * The subscription length in months (Subscription only; not read back).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#period NatGateway#period}
  */
  readonly period?: number;
  /**
  * Whether PrivateLink is enabled. Recorded and shown back; the sandbox simulates no PrivateLink endpoint.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#private_link_enabled NatGateway#private_link_enabled}
  */
  readonly privateLinkEnabled?: boolean | cdktf.IResolvable;
  /**
  * Removed from the real provider: Field `spec` was removed in provider 1.121.0; use specification. Always null here too.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#spec NatGateway#spec}
  */
  readonly spec?: string;
  /**
  * Small, Middle, Large or XLarge.1 (PayBySpec; ignored on PayByLcu). Changes in place (ModifyNatGatewaySpec).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#specification NatGateway#specification}
  */
  readonly specification?: string;
  /**
  * A mapping of tags to assign to the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#tags NatGateway#tags}
  */
  readonly tags?: { [key: string]: string };
  /**
  * The VPC of the gateway.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#vpc_id NatGateway#vpc_id}
  */
  readonly vpcId: string;
  /**
  * The VSwitch the gateway takes its private address from (required for Enhanced, the only type the sandbox creates).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#vswitch_id NatGateway#vswitch_id}
  */
  readonly vswitchId?: string;
  /**
  * access_mode block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#access_mode NatGateway#access_mode}
  */
  readonly accessMode?: NatGatewayAccessMode;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#timeouts NatGateway#timeouts}
  */
  readonly timeouts?: NatGatewayTimeouts;
}
export interface NatGatewayAccessMode {
  /**
  * route or tunnel.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#mode_value NatGateway#mode_value}
  */
  readonly modeValue?: string;
  /**
  * geneve (tunnel mode only).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#tunnel_type NatGateway#tunnel_type}
  */
  readonly tunnelType?: string;
}

export function natGatewayAccessModeToTerraform(struct?: NatGatewayAccessModeOutputReference | NatGatewayAccessMode): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mode_value: cdktf.stringToTerraform(struct!.modeValue),
    tunnel_type: cdktf.stringToTerraform(struct!.tunnelType),
  }
}


export function natGatewayAccessModeToHclTerraform(struct?: NatGatewayAccessModeOutputReference | NatGatewayAccessMode): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mode_value: {
      value: cdktf.stringToHclTerraform(struct!.modeValue),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tunnel_type: {
      value: cdktf.stringToHclTerraform(struct!.tunnelType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class NatGatewayAccessModeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): NatGatewayAccessMode | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._modeValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.modeValue = this._modeValue;
    }
    if (this._tunnelType !== undefined) {
      hasAnyValues = true;
      internalValueResult.tunnelType = this._tunnelType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: NatGatewayAccessMode | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._modeValue = undefined;
      this._tunnelType = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._modeValue = value.modeValue;
      this._tunnelType = value.tunnelType;
    }
  }

  // mode_value - computed: true, optional: true, required: false
  private _modeValue?: string; 
  public get modeValue() {
    return this.getStringAttribute('mode_value');
  }
  public set modeValue(value: string) {
    this._modeValue = value;
  }
  public resetModeValue() {
    this._modeValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modeValueInput() {
    return this._modeValue;
  }

  // tunnel_type - computed: true, optional: true, required: false
  private _tunnelType?: string; 
  public get tunnelType() {
    return this.getStringAttribute('tunnel_type');
  }
  public set tunnelType(value: string) {
    this._tunnelType = value;
  }
  public resetTunnelType() {
    this._tunnelType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tunnelTypeInput() {
    return this._tunnelType;
  }
}
export interface NatGatewayTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#create NatGateway#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#delete NatGateway#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#update NatGateway#update}
  */
  readonly update?: string;
}

export function natGatewayTimeoutsToTerraform(struct?: NatGatewayTimeouts | cdktf.IResolvable): any {
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


export function natGatewayTimeoutsToHclTerraform(struct?: NatGatewayTimeouts | cdktf.IResolvable): any {
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

export class NatGatewayTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): NatGatewayTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: NatGatewayTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway alicloud_nat_gateway}
*/
export class NatGateway extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "alicloud_nat_gateway";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NatGateway resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NatGateway to import
  * @param importFromId The id of the existing NatGateway that should be imported. Refer to the {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NatGateway to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "alicloud_nat_gateway", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/nat_gateway alicloud_nat_gateway} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NatGatewayConfig
  */
  public constructor(scope: Construct, id: string, config: NatGatewayConfig) {
    super(scope, id, {
      terraformResourceType: 'alicloud_nat_gateway',
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
    this._availabilityMode = config.availabilityMode;
    this._deletionProtection = config.deletionProtection;
    this._description = config.description;
    this._dryRun = config.dryRun;
    this._eipBindMode = config.eipBindMode;
    this._force = config.force;
    this._icmpReplyEnabled = config.icmpReplyEnabled;
    this._instanceChargeType = config.instanceChargeType;
    this._internetChargeType = config.internetChargeType;
    this._name = config.name;
    this._natGatewayName = config.natGatewayName;
    this._natType = config.natType;
    this._networkType = config.networkType;
    this._paymentType = config.paymentType;
    this._period = config.period;
    this._privateLinkEnabled = config.privateLinkEnabled;
    this._spec = config.spec;
    this._specification = config.specification;
    this._tags = config.tags;
    this._vpcId = config.vpcId;
    this._vswitchId = config.vswitchId;
    this._accessMode.internalValue = config.accessMode;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // availability_mode - computed: true, optional: true, required: false
  private _availabilityMode?: string; 
  public get availabilityMode() {
    return this.getStringAttribute('availability_mode');
  }
  public set availabilityMode(value: string) {
    this._availabilityMode = value;
  }
  public resetAvailabilityMode() {
    this._availabilityMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get availabilityModeInput() {
    return this._availabilityMode;
  }

  // deletion_protection - computed: true, optional: true, required: false
  private _deletionProtection?: boolean | cdktf.IResolvable; 
  public get deletionProtection() {
    return this.getBooleanAttribute('deletion_protection');
  }
  public set deletionProtection(value: boolean | cdktf.IResolvable) {
    this._deletionProtection = value;
  }
  public resetDeletionProtection() {
    this._deletionProtection = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deletionProtectionInput() {
    return this._deletionProtection;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // dry_run - computed: true, optional: true, required: false
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

  // eip_bind_mode - computed: true, optional: true, required: false
  private _eipBindMode?: string; 
  public get eipBindMode() {
    return this.getStringAttribute('eip_bind_mode');
  }
  public set eipBindMode(value: string) {
    this._eipBindMode = value;
  }
  public resetEipBindMode() {
    this._eipBindMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eipBindModeInput() {
    return this._eipBindMode;
  }

  // force - computed: false, optional: true, required: false
  private _force?: boolean | cdktf.IResolvable; 
  public get force() {
    return this.getBooleanAttribute('force');
  }
  public set force(value: boolean | cdktf.IResolvable) {
    this._force = value;
  }
  public resetForce() {
    this._force = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceInput() {
    return this._force;
  }

  // forward_table_ids - computed: true, optional: false, required: false
  public get forwardTableIds() {
    return this.getStringAttribute('forward_table_ids');
  }

  // icmp_reply_enabled - computed: true, optional: true, required: false
  private _icmpReplyEnabled?: boolean | cdktf.IResolvable; 
  public get icmpReplyEnabled() {
    return this.getBooleanAttribute('icmp_reply_enabled');
  }
  public set icmpReplyEnabled(value: boolean | cdktf.IResolvable) {
    this._icmpReplyEnabled = value;
  }
  public resetIcmpReplyEnabled() {
    this._icmpReplyEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icmpReplyEnabledInput() {
    return this._icmpReplyEnabled;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // instance_charge_type - computed: true, optional: true, required: false
  private _instanceChargeType?: string; 
  public get instanceChargeType() {
    return this.getStringAttribute('instance_charge_type');
  }
  public set instanceChargeType(value: string) {
    this._instanceChargeType = value;
  }
  public resetInstanceChargeType() {
    this._instanceChargeType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceChargeTypeInput() {
    return this._instanceChargeType;
  }

  // internet_charge_type - computed: true, optional: true, required: false
  private _internetChargeType?: string; 
  public get internetChargeType() {
    return this.getStringAttribute('internet_charge_type');
  }
  public set internetChargeType(value: string) {
    this._internetChargeType = value;
  }
  public resetInternetChargeType() {
    this._internetChargeType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get internetChargeTypeInput() {
    return this._internetChargeType;
  }

  // name - computed: true, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // nat_gateway_name - computed: true, optional: true, required: false
  private _natGatewayName?: string; 
  public get natGatewayName() {
    return this.getStringAttribute('nat_gateway_name');
  }
  public set natGatewayName(value: string) {
    this._natGatewayName = value;
  }
  public resetNatGatewayName() {
    this._natGatewayName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get natGatewayNameInput() {
    return this._natGatewayName;
  }

  // nat_type - computed: true, optional: true, required: false
  private _natType?: string; 
  public get natType() {
    return this.getStringAttribute('nat_type');
  }
  public set natType(value: string) {
    this._natType = value;
  }
  public resetNatType() {
    this._natType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get natTypeInput() {
    return this._natType;
  }

  // network_type - computed: true, optional: true, required: false
  private _networkType?: string; 
  public get networkType() {
    return this.getStringAttribute('network_type');
  }
  public set networkType(value: string) {
    this._networkType = value;
  }
  public resetNetworkType() {
    this._networkType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkTypeInput() {
    return this._networkType;
  }

  // payment_type - computed: true, optional: true, required: false
  private _paymentType?: string; 
  public get paymentType() {
    return this.getStringAttribute('payment_type');
  }
  public set paymentType(value: string) {
    this._paymentType = value;
  }
  public resetPaymentType() {
    this._paymentType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get paymentTypeInput() {
    return this._paymentType;
  }

  // period - computed: false, optional: true, required: false
  private _period?: number; 
  public get period() {
    return this.getNumberAttribute('period');
  }
  public set period(value: number) {
    this._period = value;
  }
  public resetPeriod() {
    this._period = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodInput() {
    return this._period;
  }

  // private_link_enabled - computed: true, optional: true, required: false
  private _privateLinkEnabled?: boolean | cdktf.IResolvable; 
  public get privateLinkEnabled() {
    return this.getBooleanAttribute('private_link_enabled');
  }
  public set privateLinkEnabled(value: boolean | cdktf.IResolvable) {
    this._privateLinkEnabled = value;
  }
  public resetPrivateLinkEnabled() {
    this._privateLinkEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateLinkEnabledInput() {
    return this._privateLinkEnabled;
  }

  // snat_table_ids - computed: true, optional: false, required: false
  public get snatTableIds() {
    return this.getStringAttribute('snat_table_ids');
  }

  // spec - computed: false, optional: true, required: false
  private _spec?: string; 
  public get spec() {
    return this.getStringAttribute('spec');
  }
  public set spec(value: string) {
    this._spec = value;
  }
  public resetSpec() {
    this._spec = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get specInput() {
    return this._spec;
  }

  // specification - computed: true, optional: true, required: false
  private _specification?: string; 
  public get specification() {
    return this.getStringAttribute('specification');
  }
  public set specification(value: string) {
    this._specification = value;
  }
  public resetSpecification() {
    this._specification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get specificationInput() {
    return this._specification;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: { [key: string]: string }; 
  public get tags() {
    return this.getStringMapAttribute('tags');
  }
  public set tags(value: { [key: string]: string }) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // vpc_id - computed: false, optional: false, required: true
  private _vpcId?: string; 
  public get vpcId() {
    return this.getStringAttribute('vpc_id');
  }
  public set vpcId(value: string) {
    this._vpcId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcIdInput() {
    return this._vpcId;
  }

  // vswitch_id - computed: true, optional: true, required: false
  private _vswitchId?: string; 
  public get vswitchId() {
    return this.getStringAttribute('vswitch_id');
  }
  public set vswitchId(value: string) {
    this._vswitchId = value;
  }
  public resetVswitchId() {
    this._vswitchId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vswitchIdInput() {
    return this._vswitchId;
  }

  // access_mode - computed: false, optional: true, required: false
  private _accessMode = new NatGatewayAccessModeOutputReference(this, "access_mode");
  public get accessMode() {
    return this._accessMode;
  }
  public putAccessMode(value: NatGatewayAccessMode) {
    this._accessMode.internalValue = value;
  }
  public resetAccessMode() {
    this._accessMode.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessModeInput() {
    return this._accessMode.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new NatGatewayTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: NatGatewayTimeouts) {
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
      availability_mode: cdktf.stringToTerraform(this._availabilityMode),
      deletion_protection: cdktf.booleanToTerraform(this._deletionProtection),
      description: cdktf.stringToTerraform(this._description),
      dry_run: cdktf.booleanToTerraform(this._dryRun),
      eip_bind_mode: cdktf.stringToTerraform(this._eipBindMode),
      force: cdktf.booleanToTerraform(this._force),
      icmp_reply_enabled: cdktf.booleanToTerraform(this._icmpReplyEnabled),
      instance_charge_type: cdktf.stringToTerraform(this._instanceChargeType),
      internet_charge_type: cdktf.stringToTerraform(this._internetChargeType),
      name: cdktf.stringToTerraform(this._name),
      nat_gateway_name: cdktf.stringToTerraform(this._natGatewayName),
      nat_type: cdktf.stringToTerraform(this._natType),
      network_type: cdktf.stringToTerraform(this._networkType),
      payment_type: cdktf.stringToTerraform(this._paymentType),
      period: cdktf.numberToTerraform(this._period),
      private_link_enabled: cdktf.booleanToTerraform(this._privateLinkEnabled),
      spec: cdktf.stringToTerraform(this._spec),
      specification: cdktf.stringToTerraform(this._specification),
      tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._tags),
      vpc_id: cdktf.stringToTerraform(this._vpcId),
      vswitch_id: cdktf.stringToTerraform(this._vswitchId),
      access_mode: natGatewayAccessModeToTerraform(this._accessMode.internalValue),
      timeouts: natGatewayTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      availability_mode: {
        value: cdktf.stringToHclTerraform(this._availabilityMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      deletion_protection: {
        value: cdktf.booleanToHclTerraform(this._deletionProtection),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dry_run: {
        value: cdktf.booleanToHclTerraform(this._dryRun),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      eip_bind_mode: {
        value: cdktf.stringToHclTerraform(this._eipBindMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      force: {
        value: cdktf.booleanToHclTerraform(this._force),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      icmp_reply_enabled: {
        value: cdktf.booleanToHclTerraform(this._icmpReplyEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      instance_charge_type: {
        value: cdktf.stringToHclTerraform(this._instanceChargeType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      internet_charge_type: {
        value: cdktf.stringToHclTerraform(this._internetChargeType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      nat_gateway_name: {
        value: cdktf.stringToHclTerraform(this._natGatewayName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      nat_type: {
        value: cdktf.stringToHclTerraform(this._natType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      network_type: {
        value: cdktf.stringToHclTerraform(this._networkType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      payment_type: {
        value: cdktf.stringToHclTerraform(this._paymentType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      period: {
        value: cdktf.numberToHclTerraform(this._period),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      private_link_enabled: {
        value: cdktf.booleanToHclTerraform(this._privateLinkEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      spec: {
        value: cdktf.stringToHclTerraform(this._spec),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      specification: {
        value: cdktf.stringToHclTerraform(this._specification),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._tags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      vpc_id: {
        value: cdktf.stringToHclTerraform(this._vpcId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vswitch_id: {
        value: cdktf.stringToHclTerraform(this._vswitchId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      access_mode: {
        value: natGatewayAccessModeToHclTerraform(this._accessMode.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "NatGatewayAccessModeList",
      },
      timeouts: {
        value: natGatewayTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "NatGatewayTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
