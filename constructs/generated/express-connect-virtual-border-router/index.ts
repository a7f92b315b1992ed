// https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ExpressConnectVirtualBorderRouterConfig extends cdktf.TerraformMetaArguments {
  /**
  * Deprecated: use alicloud_express_connect_vbr_pconn_association (not served).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#associated_physical_connections ExpressConnectVirtualBorderRouter#associated_physical_connections}
  */
  readonly associatedPhysicalConnections?: string;
  /**
  * The VBR's bandwidth in Mbit/s.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#bandwidth ExpressConnectVirtualBorderRouter#bandwidth}
  */
  readonly bandwidth?: number;
  /**
  * The operator's circuit code.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#circuit_code ExpressConnectVirtualBorderRouter#circuit_code}
  */
  readonly circuitCode?: string;
  /**
  * The description of the VBR.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#description ExpressConnectVirtualBorderRouter#description}
  */
  readonly description?: string;
  /**
  * BFD detect multiplier, 3 to 10 (default 3; stored, BFD is not simulated).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#detect_multiplier ExpressConnectVirtualBorderRouter#detect_multiplier}
  */
  readonly detectMultiplier?: number;
  /**
  * IPv6 on the VBR (stored and read back; the sandbox routes no IPv6 over a VBR).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#enable_ipv6 ExpressConnectVirtualBorderRouter#enable_ipv6}
  */
  readonly enableIpv6?: boolean | cdktf.IResolvable;
  /**
  * The cloud-side IP of the VBR's leased-line interface.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#local_gateway_ip ExpressConnectVirtualBorderRouter#local_gateway_ip}
  */
  readonly localGatewayIp: string;
  /**
  * The cloud-side IPv6 address (stored).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#local_ipv6_gateway_ip ExpressConnectVirtualBorderRouter#local_ipv6_gateway_ip}
  */
  readonly localIpv6GatewayIp?: string;
  /**
  * BFD receive interval, 200 to 1000 ms (default 300; stored, not simulated).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#min_rx_interval ExpressConnectVirtualBorderRouter#min_rx_interval}
  */
  readonly minRxInterval?: number;
  /**
  * BFD send interval, 200 to 1000 ms (default 300; stored, not simulated).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#min_tx_interval ExpressConnectVirtualBorderRouter#min_tx_interval}
  */
  readonly minTxInterval?: number;
  /**
  * The MTU: 1500 (default) or 8500 (stored, not simulated).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#mtu ExpressConnectVirtualBorderRouter#mtu}
  */
  readonly mtu?: number;
  /**
  * The IDC-side IP.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#peer_gateway_ip ExpressConnectVirtualBorderRouter#peer_gateway_ip}
  */
  readonly peerGatewayIp: string;
  /**
  * The IDC-side IPv6 address (stored).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#peer_ipv6_gateway_ip ExpressConnectVirtualBorderRouter#peer_ipv6_gateway_ip}
  */
  readonly peerIpv6GatewayIp?: string;
  /**
  * The IPv6 block of the two gateway IPs, e.g. 2408:4004:cc:400::/56 (stored).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#peering_ipv6_subnet_mask ExpressConnectVirtualBorderRouter#peering_ipv6_subnet_mask}
  */
  readonly peeringIpv6SubnetMask?: string;
  /**
  * The mask of the two gateway IPs, e.g. 255.255.255.252.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#peering_subnet_mask ExpressConnectVirtualBorderRouter#peering_subnet_mask}
  */
  readonly peeringSubnetMask: string;
  /**
  * The Enabled leased line the VBR sits on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#physical_connection_id ExpressConnectVirtualBorderRouter#physical_connection_id}
  */
  readonly physicalConnectionId: string;
  /**
  * The resource group (kept as configured).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#resource_group_id ExpressConnectVirtualBorderRouter#resource_group_id}
  */
  readonly resourceGroupId?: string;
  /**
  * SiteLink (stored and read back; not simulated).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#sitelink_enable ExpressConnectVirtualBorderRouter#sitelink_enable}
  */
  readonly sitelinkEnable?: boolean | cdktf.IResolvable;
  /**
  * active (the only status the sandbox keeps a VBR in).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#status ExpressConnectVirtualBorderRouter#status}
  */
  readonly status?: string;
  /**
  * A mapping of tags to assign to the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#tags ExpressConnectVirtualBorderRouter#tags}
  */
  readonly tags?: { [key: string]: string };
  /**
  * The account that owns the VBR (default: this one).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#vbr_owner_id ExpressConnectVirtualBorderRouter#vbr_owner_id}
  */
  readonly vbrOwnerId?: string;
  /**
  * The name of the VBR.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#virtual_border_router_name ExpressConnectVirtualBorderRouter#virtual_border_router_name}
  */
  readonly virtualBorderRouterName?: string;
  /**
  * The VLAN (0 to 2999), unique per physical connection.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#vlan_id ExpressConnectVirtualBorderRouter#vlan_id}
  */
  readonly vlanId: number;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#timeouts ExpressConnectVirtualBorderRouter#timeouts}
  */
  readonly timeouts?: ExpressConnectVirtualBorderRouterTimeouts;
}
export interface ExpressConnectVirtualBorderRouterTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#create ExpressConnectVirtualBorderRouter#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#delete ExpressConnectVirtualBorderRouter#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#update ExpressConnectVirtualBorderRouter#update}
  */
  readonly update?: string;
}

export function expressConnectVirtualBorderRouterTimeoutsToTerraform(struct?: ExpressConnectVirtualBorderRouterTimeouts | cdktf.IResolvable): any {
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


export function expressConnectVirtualBorderRouterTimeoutsToHclTerraform(struct?: ExpressConnectVirtualBorderRouterTimeouts | cdktf.IResolvable): any {
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

export class ExpressConnectVirtualBorderRouterTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ExpressConnectVirtualBorderRouterTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: ExpressConnectVirtualBorderRouterTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router alicloud_express_connect_virtual_border_router}
*/
export class ExpressConnectVirtualBorderRouter extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "alicloud_express_connect_virtual_border_router";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ExpressConnectVirtualBorderRouter resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ExpressConnectVirtualBorderRouter to import
  * @param importFromId The id of the existing ExpressConnectVirtualBorderRouter that should be imported. Refer to the {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ExpressConnectVirtualBorderRouter to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "alicloud_express_connect_virtual_border_router", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/express_connect_virtual_border_router alicloud_express_connect_virtual_border_router} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ExpressConnectVirtualBorderRouterConfig
  */
  public constructor(scope: Construct, id: string, config: ExpressConnectVirtualBorderRouterConfig) {
    super(scope, id, {
      terraformResourceType: 'alicloud_express_connect_virtual_border_router',
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
    this._associatedPhysicalConnections = config.associatedPhysicalConnections;
    this._bandwidth = config.bandwidth;
    this._circuitCode = config.circuitCode;
    this._description = config.description;
    this._detectMultiplier = config.detectMultiplier;
    this._enableIpv6 = config.enableIpv6;
    this._localGatewayIp = config.localGatewayIp;
    this._localIpv6GatewayIp = config.localIpv6GatewayIp;
    this._minRxInterval = config.minRxInterval;
    this._minTxInterval = config.minTxInterval;
    this._mtu = config.mtu;
    this._peerGatewayIp = config.peerGatewayIp;
    this._peerIpv6GatewayIp = config.peerIpv6GatewayIp;
    this._peeringIpv6SubnetMask = config.peeringIpv6SubnetMask;
    this._peeringSubnetMask = config.peeringSubnetMask;
    this._physicalConnectionId = config.physicalConnectionId;
    this._resourceGroupId = config.resourceGroupId;
    this._sitelinkEnable = config.sitelinkEnable;
    this._status = config.status;
    this._tags = config.tags;
    this._vbrOwnerId = config.vbrOwnerId;
    this._virtualBorderRouterName = config.virtualBorderRouterName;
    this._vlanId = config.vlanId;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // associated_physical_connections - computed: false, optional: true, required: false
  private _associatedPhysicalConnections?: string; 
  public get associatedPhysicalConnections() {
    return this.getStringAttribute('associated_physical_connections');
  }
  public set associatedPhysicalConnections(value: string) {
    this._associatedPhysicalConnections = value;
  }
  public resetAssociatedPhysicalConnections() {
    this._associatedPhysicalConnections = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get associatedPhysicalConnectionsInput() {
    return this._associatedPhysicalConnections;
  }

  // bandwidth - computed: true, optional: true, required: false
  private _bandwidth?: number; 
  public get bandwidth() {
    return this.getNumberAttribute('bandwidth');
  }
  public set bandwidth(value: number) {
    this._bandwidth = value;
  }
  public resetBandwidth() {
    this._bandwidth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bandwidthInput() {
    return this._bandwidth;
  }

  // circuit_code - computed: false, optional: true, required: false
  private _circuitCode?: string; 
  public get circuitCode() {
    return this.getStringAttribute('circuit_code');
  }
  public set circuitCode(value: string) {
    this._circuitCode = value;
  }
  public resetCircuitCode() {
    this._circuitCode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get circuitCodeInput() {
    return this._circuitCode;
  }

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
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

  // detect_multiplier - computed: true, optional: true, required: false
  private _detectMultiplier?: number; 
  public get detectMultiplier() {
    return this.getNumberAttribute('detect_multiplier');
  }
  public set detectMultiplier(value: number) {
    this._detectMultiplier = value;
  }
  public resetDetectMultiplier() {
    this._detectMultiplier = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get detectMultiplierInput() {
    return this._detectMultiplier;
  }

  // enable_ipv6 - computed: true, optional: true, required: false
  private _enableIpv6?: boolean | cdktf.IResolvable; 
  public get enableIpv6() {
    return this.getBooleanAttribute('enable_ipv6');
  }
  public set enableIpv6(value: boolean | cdktf.IResolvable) {
    this._enableIpv6 = value;
  }
  public resetEnableIpv6() {
    this._enableIpv6 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableIpv6Input() {
    return this._enableIpv6;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // local_gateway_ip - computed: false, optional: false, required: true
  private _localGatewayIp?: string; 
  public get localGatewayIp() {
    return this.getStringAttribute('local_gateway_ip');
  }
  public set localGatewayIp(value: string) {
    this._localGatewayIp = value;
  }
  // Temporarily expose input value. Use with caution.
  public get localGatewayIpInput() {
    return this._localGatewayIp;
  }

  // local_ipv6_gateway_ip - computed: false, optional: true, required: false
  private _localIpv6GatewayIp?: string; 
  public get localIpv6GatewayIp() {
    return this.getStringAttribute('local_ipv6_gateway_ip');
  }
  public set localIpv6GatewayIp(value: string) {
    this._localIpv6GatewayIp = value;
  }
  public resetLocalIpv6GatewayIp() {
    this._localIpv6GatewayIp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get localIpv6GatewayIpInput() {
    return this._localIpv6GatewayIp;
  }

  // min_rx_interval - computed: true, optional: true, required: false
  private _minRxInterval?: number; 
  public get minRxInterval() {
    return this.getNumberAttribute('min_rx_interval');
  }
  public set minRxInterval(value: number) {
    this._minRxInterval = value;
  }
  public resetMinRxInterval() {
    this._minRxInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minRxIntervalInput() {
    return this._minRxInterval;
  }

  // min_tx_interval - computed: true, optional: true, required: false
  private _minTxInterval?: number; 
  public get minTxInterval() {
    return this.getNumberAttribute('min_tx_interval');
  }
  public set minTxInterval(value: number) {
    this._minTxInterval = value;
  }
  public resetMinTxInterval() {
    this._minTxInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minTxIntervalInput() {
    return this._minTxInterval;
  }

  // mtu - computed: true, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
  }

  // peer_gateway_ip - computed: false, optional: false, required: true
  private _peerGatewayIp?: string; 
  public get peerGatewayIp() {
    return this.getStringAttribute('peer_gateway_ip');
  }
  public set peerGatewayIp(value: string) {
    this._peerGatewayIp = value;
  }
  // Temporarily expose input value. Use with caution.
  public get peerGatewayIpInput() {
    return this._peerGatewayIp;
  }

  // peer_ipv6_gateway_ip - computed: false, optional: true, required: false
  private _peerIpv6GatewayIp?: string; 
  public get peerIpv6GatewayIp() {
    return this.getStringAttribute('peer_ipv6_gateway_ip');
  }
  public set peerIpv6GatewayIp(value: string) {
    this._peerIpv6GatewayIp = value;
  }
  public resetPeerIpv6GatewayIp() {
    this._peerIpv6GatewayIp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get peerIpv6GatewayIpInput() {
    return this._peerIpv6GatewayIp;
  }

  // peering_ipv6_subnet_mask - computed: false, optional: true, required: false
  private _peeringIpv6SubnetMask?: string; 
  public get peeringIpv6SubnetMask() {
    return this.getStringAttribute('peering_ipv6_subnet_mask');
  }
  public set peeringIpv6SubnetMask(value: string) {
    this._peeringIpv6SubnetMask = value;
  }
  public resetPeeringIpv6SubnetMask() {
    this._peeringIpv6SubnetMask = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get peeringIpv6SubnetMaskInput() {
    return this._peeringIpv6SubnetMask;
  }

  // peering_subnet_mask - computed: false, optional: false, required: true
  private _peeringSubnetMask?: string; 
  public get peeringSubnetMask() {
    return this.getStringAttribute('peering_subnet_mask');
  }
  public set peeringSubnetMask(value: string) {
    this._peeringSubnetMask = value;
  }
  // Temporarily expose input value. Use with caution.
  public get peeringSubnetMaskInput() {
    return this._peeringSubnetMask;
  }

  // physical_connection_id - computed: false, optional: false, required: true
  private _physicalConnectionId?: string; 
  public get physicalConnectionId() {
    return this.getStringAttribute('physical_connection_id');
  }
  public set physicalConnectionId(value: string) {
    this._physicalConnectionId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get physicalConnectionIdInput() {
    return this._physicalConnectionId;
  }

  // resource_group_id - computed: true, optional: true, required: false
  private _resourceGroupId?: string; 
  public get resourceGroupId() {
    return this.getStringAttribute('resource_group_id');
  }
  public set resourceGroupId(value: string) {
    this._resourceGroupId = value;
  }
  public resetResourceGroupId() {
    this._resourceGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceGroupIdInput() {
    return this._resourceGroupId;
  }

  // route_table_id - computed: true, optional: false, required: false
  public get routeTableId() {
    return this.getStringAttribute('route_table_id');
  }

  // sitelink_enable - computed: true, optional: true, required: false
  private _sitelinkEnable?: boolean | cdktf.IResolvable; 
  public get sitelinkEnable() {
    return this.getBooleanAttribute('sitelink_enable');
  }
  public set sitelinkEnable(value: boolean | cdktf.IResolvable) {
    this._sitelinkEnable = value;
  }
  public resetSitelinkEnable() {
    this._sitelinkEnable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sitelinkEnableInput() {
    return this._sitelinkEnable;
  }

  // status - computed: true, optional: true, required: false
  private _status?: string; 
  public get status() {
    return this.getStringAttribute('status');
  }
  public set status(value: string) {
    this._status = value;
  }
  public resetStatus() {
    this._status = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get statusInput() {
    return this._status;
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

  // vbr_owner_id - computed: false, optional: true, required: false
  private _vbrOwnerId?: string; 
  public get vbrOwnerId() {
    return this.getStringAttribute('vbr_owner_id');
  }
  public set vbrOwnerId(value: string) {
    this._vbrOwnerId = value;
  }
  public resetVbrOwnerId() {
    this._vbrOwnerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vbrOwnerIdInput() {
    return this._vbrOwnerId;
  }

  // virtual_border_router_name - computed: false, optional: true, required: false
  private _virtualBorderRouterName?: string; 
  public get virtualBorderRouterName() {
    return this.getStringAttribute('virtual_border_router_name');
  }
  public set virtualBorderRouterName(value: string) {
    this._virtualBorderRouterName = value;
  }
  public resetVirtualBorderRouterName() {
    this._virtualBorderRouterName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtualBorderRouterNameInput() {
    return this._virtualBorderRouterName;
  }

  // vlan_id - computed: false, optional: false, required: true
  private _vlanId?: number; 
  public get vlanId() {
    return this.getNumberAttribute('vlan_id');
  }
  public set vlanId(value: number) {
    this._vlanId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanIdInput() {
    return this._vlanId;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new ExpressConnectVirtualBorderRouterTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: ExpressConnectVirtualBorderRouterTimeouts) {
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
      associated_physical_connections: cdktf.stringToTerraform(this._associatedPhysicalConnections),
      bandwidth: cdktf.numberToTerraform(this._bandwidth),
      circuit_code: cdktf.stringToTerraform(this._circuitCode),
      description: cdktf.stringToTerraform(this._description),
      detect_multiplier: cdktf.numberToTerraform(this._detectMultiplier),
      enable_ipv6: cdktf.booleanToTerraform(this._enableIpv6),
      local_gateway_ip: cdktf.stringToTerraform(this._localGatewayIp),
      local_ipv6_gateway_ip: cdktf.stringToTerraform(this._localIpv6GatewayIp),
      min_rx_interval: cdktf.numberToTerraform(this._minRxInterval),
      min_tx_interval: cdktf.numberToTerraform(this._minTxInterval),
      mtu: cdktf.numberToTerraform(this._mtu),
      peer_gateway_ip: cdktf.stringToTerraform(this._peerGatewayIp),
      peer_ipv6_gateway_ip: cdktf.stringToTerraform(this._peerIpv6GatewayIp),
      peering_ipv6_subnet_mask: cdktf.stringToTerraform(this._peeringIpv6SubnetMask),
      peering_subnet_mask: cdktf.stringToTerraform(this._peeringSubnetMask),
      physical_connection_id: cdktf.stringToTerraform(this._physicalConnectionId),
      resource_group_id: cdktf.stringToTerraform(this._resourceGroupId),
      sitelink_enable: cdktf.booleanToTerraform(this._sitelinkEnable),
      status: cdktf.stringToTerraform(this._status),
      tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._tags),
      vbr_owner_id: cdktf.stringToTerraform(this._vbrOwnerId),
      virtual_border_router_name: cdktf.stringToTerraform(this._virtualBorderRouterName),
      vlan_id: cdktf.numberToTerraform(this._vlanId),
      timeouts: expressConnectVirtualBorderRouterTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      associated_physical_connections: {
        value: cdktf.stringToHclTerraform(this._associatedPhysicalConnections),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bandwidth: {
        value: cdktf.numberToHclTerraform(this._bandwidth),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      circuit_code: {
        value: cdktf.stringToHclTerraform(this._circuitCode),
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
      detect_multiplier: {
        value: cdktf.numberToHclTerraform(this._detectMultiplier),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      enable_ipv6: {
        value: cdktf.booleanToHclTerraform(this._enableIpv6),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      local_gateway_ip: {
        value: cdktf.stringToHclTerraform(this._localGatewayIp),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      local_ipv6_gateway_ip: {
        value: cdktf.stringToHclTerraform(this._localIpv6GatewayIp),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      min_rx_interval: {
        value: cdktf.numberToHclTerraform(this._minRxInterval),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      min_tx_interval: {
        value: cdktf.numberToHclTerraform(this._minTxInterval),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      mtu: {
        value: cdktf.numberToHclTerraform(this._mtu),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      peer_gateway_ip: {
        value: cdktf.stringToHclTerraform(this._peerGatewayIp),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      peer_ipv6_gateway_ip: {
        value: cdktf.stringToHclTerraform(this._peerIpv6GatewayIp),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      peering_ipv6_subnet_mask: {
        value: cdktf.stringToHclTerraform(this._peeringIpv6SubnetMask),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      peering_subnet_mask: {
        value: cdktf.stringToHclTerraform(this._peeringSubnetMask),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      physical_connection_id: {
        value: cdktf.stringToHclTerraform(this._physicalConnectionId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      resource_group_id: {
        value: cdktf.stringToHclTerraform(this._resourceGroupId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sitelink_enable: {
        value: cdktf.booleanToHclTerraform(this._sitelinkEnable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      status: {
        value: cdktf.stringToHclTerraform(this._status),
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
      vbr_owner_id: {
        value: cdktf.stringToHclTerraform(this._vbrOwnerId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      virtual_border_router_name: {
        value: cdktf.stringToHclTerraform(this._virtualBorderRouterName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vlan_id: {
        value: cdktf.numberToHclTerraform(this._vlanId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      timeouts: {
        value: expressConnectVirtualBorderRouterTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ExpressConnectVirtualBorderRouterTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
