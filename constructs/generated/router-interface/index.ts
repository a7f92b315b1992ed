// https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface RouterInterfaceConfig extends cdktf.TerraformMetaArguments {
  /**
  * Deprecated: the access point of a VBR interface (looked up from the VBR when left out).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#access_point_id RouterInterface#access_point_id}
  */
  readonly accessPointId?: string;
  /**
  * The description (2 to 256 characters).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#description RouterInterface#description}
  */
  readonly description?: string;
  /**
  * Health-check source IP (VBR interfaces; with health_check_target_ip).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#health_check_source_ip RouterInterface#health_check_source_ip}
  */
  readonly healthCheckSourceIp?: string;
  /**
  * Health-check target IP (VBR interfaces; with health_check_source_ip).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#health_check_target_ip RouterInterface#health_check_target_ip}
  */
  readonly healthCheckTargetIp?: string;
  /**
  * PostPaid (default) or PrePaid (nothing is billed in the sandbox).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#instance_charge_type RouterInterface#instance_charge_type}
  */
  readonly instanceChargeType?: string;
  /**
  * The name (2 to 80 characters).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#name RouterInterface#name}
  */
  readonly name?: string;
  /**
  * Deprecated: the access point of an opposite VBR.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#opposite_access_point_id RouterInterface#opposite_access_point_id}
  */
  readonly oppositeAccessPointId?: string;
  /**
  * Deprecated: use alicloud_router_interface_connection.opposite_interface_id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#opposite_interface_id RouterInterface#opposite_interface_id}
  */
  readonly oppositeInterfaceId?: string;
  /**
  * Deprecated: use alicloud_router_interface_connection.opposite_interface_owner_id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#opposite_interface_owner_id RouterInterface#opposite_interface_owner_id}
  */
  readonly oppositeInterfaceOwnerId?: string;
  /**
  * The region of the opposite router, e.g. cn-hangzhou.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#opposite_region RouterInterface#opposite_region}
  */
  readonly oppositeRegion: string;
  /**
  * Deprecated: use alicloud_router_interface_connection.opposite_router_id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#opposite_router_id RouterInterface#opposite_router_id}
  */
  readonly oppositeRouterId?: string;
  /**
  * Deprecated: use alicloud_router_interface_connection.opposite_router_type.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#opposite_router_type RouterInterface#opposite_router_type}
  */
  readonly oppositeRouterType?: string;
  /**
  * Months of a PrePaid interface (not read back).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#period RouterInterface#period}
  */
  readonly period?: number;
  /**
  * InitiatingSide or AcceptingSide (a VBR only initiates).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#role RouterInterface#role}
  */
  readonly role: string;
  /**
  * The router the interface sits on: a VPC's router_id (vrt-…) or a VBR (vbr-…).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#router_id RouterInterface#router_id}
  */
  readonly routerId: string;
  /**
  * VRouter (a VPC's) or VBR.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#router_type RouterInterface#router_type}
  */
  readonly routerType: string;
  /**
  * The bandwidth of an InitiatingSide interface: Mini.2, Mini.5, Small.1, Small.2, Small.5, Middle.1, Middle.2, Middle.5, Large.1, Large.2, Large.5, Xlarge.1. An AcceptingSide interface has none (Negative).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#specification RouterInterface#specification}
  */
  readonly specification?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface alicloud_router_interface}
*/
export class RouterInterface extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "alicloud_router_interface";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a RouterInterface resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the RouterInterface to import
  * @param importFromId The id of the existing RouterInterface that should be imported. Refer to the {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the RouterInterface to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "alicloud_router_interface", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/router_interface alicloud_router_interface} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options RouterInterfaceConfig
  */
  public constructor(scope: Construct, id: string, config: RouterInterfaceConfig) {
    super(scope, id, {
      terraformResourceType: 'alicloud_router_interface',
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
    this._accessPointId = config.accessPointId;
    this._description = config.description;
    this._healthCheckSourceIp = config.healthCheckSourceIp;
    this._healthCheckTargetIp = config.healthCheckTargetIp;
    this._instanceChargeType = config.instanceChargeType;
    this._name = config.name;
    this._oppositeAccessPointId = config.oppositeAccessPointId;
    this._oppositeInterfaceId = config.oppositeInterfaceId;
    this._oppositeInterfaceOwnerId = config.oppositeInterfaceOwnerId;
    this._oppositeRegion = config.oppositeRegion;
    this._oppositeRouterId = config.oppositeRouterId;
    this._oppositeRouterType = config.oppositeRouterType;
    this._period = config.period;
    this._role = config.role;
    this._routerId = config.routerId;
    this._routerType = config.routerType;
    this._specification = config.specification;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access_point_id - computed: true, optional: true, required: false
  private _accessPointId?: string; 
  public get accessPointId() {
    return this.getStringAttribute('access_point_id');
  }
  public set accessPointId(value: string) {
    this._accessPointId = value;
  }
  public resetAccessPointId() {
    this._accessPointId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessPointIdInput() {
    return this._accessPointId;
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

  // health_check_source_ip - computed: false, optional: true, required: false
  private _healthCheckSourceIp?: string; 
  public get healthCheckSourceIp() {
    return this.getStringAttribute('health_check_source_ip');
  }
  public set healthCheckSourceIp(value: string) {
    this._healthCheckSourceIp = value;
  }
  public resetHealthCheckSourceIp() {
    this._healthCheckSourceIp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get healthCheckSourceIpInput() {
    return this._healthCheckSourceIp;
  }

  // health_check_target_ip - computed: false, optional: true, required: false
  private _healthCheckTargetIp?: string; 
  public get healthCheckTargetIp() {
    return this.getStringAttribute('health_check_target_ip');
  }
  public set healthCheckTargetIp(value: string) {
    this._healthCheckTargetIp = value;
  }
  public resetHealthCheckTargetIp() {
    this._healthCheckTargetIp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get healthCheckTargetIpInput() {
    return this._healthCheckTargetIp;
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

  // name - computed: false, optional: true, required: false
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

  // opposite_access_point_id - computed: false, optional: true, required: false
  private _oppositeAccessPointId?: string; 
  public get oppositeAccessPointId() {
    return this.getStringAttribute('opposite_access_point_id');
  }
  public set oppositeAccessPointId(value: string) {
    this._oppositeAccessPointId = value;
  }
  public resetOppositeAccessPointId() {
    this._oppositeAccessPointId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oppositeAccessPointIdInput() {
    return this._oppositeAccessPointId;
  }

  // opposite_interface_id - computed: true, optional: true, required: false
  private _oppositeInterfaceId?: string; 
  public get oppositeInterfaceId() {
    return this.getStringAttribute('opposite_interface_id');
  }
  public set oppositeInterfaceId(value: string) {
    this._oppositeInterfaceId = value;
  }
  public resetOppositeInterfaceId() {
    this._oppositeInterfaceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oppositeInterfaceIdInput() {
    return this._oppositeInterfaceId;
  }

  // opposite_interface_owner_id - computed: true, optional: true, required: false
  private _oppositeInterfaceOwnerId?: string; 
  public get oppositeInterfaceOwnerId() {
    return this.getStringAttribute('opposite_interface_owner_id');
  }
  public set oppositeInterfaceOwnerId(value: string) {
    this._oppositeInterfaceOwnerId = value;
  }
  public resetOppositeInterfaceOwnerId() {
    this._oppositeInterfaceOwnerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oppositeInterfaceOwnerIdInput() {
    return this._oppositeInterfaceOwnerId;
  }

  // opposite_region - computed: false, optional: false, required: true
  private _oppositeRegion?: string; 
  public get oppositeRegion() {
    return this.getStringAttribute('opposite_region');
  }
  public set oppositeRegion(value: string) {
    this._oppositeRegion = value;
  }
  // Temporarily expose input value. Use with caution.
  public get oppositeRegionInput() {
    return this._oppositeRegion;
  }

  // opposite_router_id - computed: true, optional: true, required: false
  private _oppositeRouterId?: string; 
  public get oppositeRouterId() {
    return this.getStringAttribute('opposite_router_id');
  }
  public set oppositeRouterId(value: string) {
    this._oppositeRouterId = value;
  }
  public resetOppositeRouterId() {
    this._oppositeRouterId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oppositeRouterIdInput() {
    return this._oppositeRouterId;
  }

  // opposite_router_type - computed: true, optional: true, required: false
  private _oppositeRouterType?: string; 
  public get oppositeRouterType() {
    return this.getStringAttribute('opposite_router_type');
  }
  public set oppositeRouterType(value: string) {
    this._oppositeRouterType = value;
  }
  public resetOppositeRouterType() {
    this._oppositeRouterType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oppositeRouterTypeInput() {
    return this._oppositeRouterType;
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

  // role - computed: false, optional: false, required: true
  private _role?: string; 
  public get role() {
    return this.getStringAttribute('role');
  }
  public set role(value: string) {
    this._role = value;
  }
  // Temporarily expose input value. Use with caution.
  public get roleInput() {
    return this._role;
  }

  // router_id - computed: false, optional: false, required: true
  private _routerId?: string; 
  public get routerId() {
    return this.getStringAttribute('router_id');
  }
  public set routerId(value: string) {
    this._routerId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get routerIdInput() {
    return this._routerId;
  }

  // router_type - computed: false, optional: false, required: true
  private _routerType?: string; 
  public get routerType() {
    return this.getStringAttribute('router_type');
  }
  public set routerType(value: string) {
    this._routerType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get routerTypeInput() {
    return this._routerType;
  }

  // specification - computed: false, optional: true, required: false
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      access_point_id: cdktf.stringToTerraform(this._accessPointId),
      description: cdktf.stringToTerraform(this._description),
      health_check_source_ip: cdktf.stringToTerraform(this._healthCheckSourceIp),
      health_check_target_ip: cdktf.stringToTerraform(this._healthCheckTargetIp),
      instance_charge_type: cdktf.stringToTerraform(this._instanceChargeType),
      name: cdktf.stringToTerraform(this._name),
      opposite_access_point_id: cdktf.stringToTerraform(this._oppositeAccessPointId),
      opposite_interface_id: cdktf.stringToTerraform(this._oppositeInterfaceId),
      opposite_interface_owner_id: cdktf.stringToTerraform(this._oppositeInterfaceOwnerId),
      opposite_region: cdktf.stringToTerraform(this._oppositeRegion),
      opposite_router_id: cdktf.stringToTerraform(this._oppositeRouterId),
      opposite_router_type: cdktf.stringToTerraform(this._oppositeRouterType),
      period: cdktf.numberToTerraform(this._period),
      role: cdktf.stringToTerraform(this._role),
      router_id: cdktf.stringToTerraform(this._routerId),
      router_type: cdktf.stringToTerraform(this._routerType),
      specification: cdktf.stringToTerraform(this._specification),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      access_point_id: {
        value: cdktf.stringToHclTerraform(this._accessPointId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      health_check_source_ip: {
        value: cdktf.stringToHclTerraform(this._healthCheckSourceIp),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      health_check_target_ip: {
        value: cdktf.stringToHclTerraform(this._healthCheckTargetIp),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      instance_charge_type: {
        value: cdktf.stringToHclTerraform(this._instanceChargeType),
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
      opposite_access_point_id: {
        value: cdktf.stringToHclTerraform(this._oppositeAccessPointId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      opposite_interface_id: {
        value: cdktf.stringToHclTerraform(this._oppositeInterfaceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      opposite_interface_owner_id: {
        value: cdktf.stringToHclTerraform(this._oppositeInterfaceOwnerId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      opposite_region: {
        value: cdktf.stringToHclTerraform(this._oppositeRegion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      opposite_router_id: {
        value: cdktf.stringToHclTerraform(this._oppositeRouterId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      opposite_router_type: {
        value: cdktf.stringToHclTerraform(this._oppositeRouterType),
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
      role: {
        value: cdktf.stringToHclTerraform(this._role),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      router_id: {
        value: cdktf.stringToHclTerraform(this._routerId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      router_type: {
        value: cdktf.stringToHclTerraform(this._routerType),
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
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
