// https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/common_bandwidth_package_attachment
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CommonBandwidthPackageAttachmentConfig extends cdktf.TerraformMetaArguments {
  /**
  * The EIP's cap inside the plan in Mbit/s (at most the plan's bandwidth), or "Cancelled" for no cap. Changes in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/common_bandwidth_package_attachment#bandwidth_package_bandwidth CommonBandwidthPackageAttachment#bandwidth_package_bandwidth}
  */
  readonly bandwidthPackageBandwidth?: string;
  /**
  * The EIP bandwidth plan (cbwp-…).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/common_bandwidth_package_attachment#bandwidth_package_id CommonBandwidthPackageAttachment#bandwidth_package_id}
  */
  readonly bandwidthPackageId: string;
  /**
  * Deprecated since 1.261.0: set bandwidth_package_bandwidth = "Cancelled" instead. true removes the EIP's cap.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/common_bandwidth_package_attachment#cancel_common_bandwidth_package_ip_bandwidth CommonBandwidthPackageAttachment#cancel_common_bandwidth_package_ip_bandwidth}
  */
  readonly cancelCommonBandwidthPackageIpBandwidth?: boolean | cdktf.IResolvable;
  /**
  * The EIP (eip-…) that joins the plan.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/common_bandwidth_package_attachment#instance_id CommonBandwidthPackageAttachment#instance_id}
  */
  readonly instanceId: string;
  /**
  * EIP (the only type). Sent at creation, never read back.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/common_bandwidth_package_attachment#ip_type CommonBandwidthPackageAttachment#ip_type}
  */
  readonly ipType?: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/common_bandwidth_package_attachment#timeouts CommonBandwidthPackageAttachment#timeouts}
  */
  readonly timeouts?: CommonBandwidthPackageAttachmentTimeouts;
}
export interface CommonBandwidthPackageAttachmentTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/common_bandwidth_package_attachment#create CommonBandwidthPackageAttachment#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/common_bandwidth_package_attachment#delete CommonBandwidthPackageAttachment#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/common_bandwidth_package_attachment#update CommonBandwidthPackageAttachment#update}
  */
  readonly update?: string;
}

export function commonBandwidthPackageAttachmentTimeoutsToTerraform(struct?: CommonBandwidthPackageAttachmentTimeouts | cdktf.IResolvable): any {
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


export function commonBandwidthPackageAttachmentTimeoutsToHclTerraform(struct?: CommonBandwidthPackageAttachmentTimeouts | cdktf.IResolvable): any {
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

export class CommonBandwidthPackageAttachmentTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): CommonBandwidthPackageAttachmentTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: CommonBandwidthPackageAttachmentTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/common_bandwidth_package_attachment alicloud_common_bandwidth_package_attachment}
*/
export class CommonBandwidthPackageAttachment extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "alicloud_common_bandwidth_package_attachment";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CommonBandwidthPackageAttachment resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CommonBandwidthPackageAttachment to import
  * @param importFromId The id of the existing CommonBandwidthPackageAttachment that should be imported. Refer to the {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/common_bandwidth_package_attachment#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CommonBandwidthPackageAttachment to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "alicloud_common_bandwidth_package_attachment", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/sandbox/alicloud/0.1.0/docs/resources/common_bandwidth_package_attachment alicloud_common_bandwidth_package_attachment} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CommonBandwidthPackageAttachmentConfig
  */
  public constructor(scope: Construct, id: string, config: CommonBandwidthPackageAttachmentConfig) {
    super(scope, id, {
      terraformResourceType: 'alicloud_common_bandwidth_package_attachment',
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
    this._bandwidthPackageBandwidth = config.bandwidthPackageBandwidth;
    this._bandwidthPackageId = config.bandwidthPackageId;
    this._cancelCommonBandwidthPackageIpBandwidth = config.cancelCommonBandwidthPackageIpBandwidth;
    this._instanceId = config.instanceId;
    this._ipType = config.ipType;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // bandwidth_package_bandwidth - computed: true, optional: true, required: false
  private _bandwidthPackageBandwidth?: string; 
  public get bandwidthPackageBandwidth() {
    return this.getStringAttribute('bandwidth_package_bandwidth');
  }
  public set bandwidthPackageBandwidth(value: string) {
    this._bandwidthPackageBandwidth = value;
  }
  public resetBandwidthPackageBandwidth() {
    this._bandwidthPackageBandwidth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bandwidthPackageBandwidthInput() {
    return this._bandwidthPackageBandwidth;
  }

  // bandwidth_package_id - computed: false, optional: false, required: true
  private _bandwidthPackageId?: string; 
  public get bandwidthPackageId() {
    return this.getStringAttribute('bandwidth_package_id');
  }
  public set bandwidthPackageId(value: string) {
    this._bandwidthPackageId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get bandwidthPackageIdInput() {
    return this._bandwidthPackageId;
  }

  // cancel_common_bandwidth_package_ip_bandwidth - computed: false, optional: true, required: false
  private _cancelCommonBandwidthPackageIpBandwidth?: boolean | cdktf.IResolvable; 
  public get cancelCommonBandwidthPackageIpBandwidth() {
    return this.getBooleanAttribute('cancel_common_bandwidth_package_ip_bandwidth');
  }
  public set cancelCommonBandwidthPackageIpBandwidth(value: boolean | cdktf.IResolvable) {
    this._cancelCommonBandwidthPackageIpBandwidth = value;
  }
  public resetCancelCommonBandwidthPackageIpBandwidth() {
    this._cancelCommonBandwidthPackageIpBandwidth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cancelCommonBandwidthPackageIpBandwidthInput() {
    return this._cancelCommonBandwidthPackageIpBandwidth;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // instance_id - computed: false, optional: false, required: true
  private _instanceId?: string; 
  public get instanceId() {
    return this.getStringAttribute('instance_id');
  }
  public set instanceId(value: string) {
    this._instanceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceIdInput() {
    return this._instanceId;
  }

  // ip_type - computed: false, optional: true, required: false
  private _ipType?: string; 
  public get ipType() {
    return this.getStringAttribute('ip_type');
  }
  public set ipType(value: string) {
    this._ipType = value;
  }
  public resetIpType() {
    this._ipType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipTypeInput() {
    return this._ipType;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new CommonBandwidthPackageAttachmentTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: CommonBandwidthPackageAttachmentTimeouts) {
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
      bandwidth_package_bandwidth: cdktf.stringToTerraform(this._bandwidthPackageBandwidth),
      bandwidth_package_id: cdktf.stringToTerraform(this._bandwidthPackageId),
      cancel_common_bandwidth_package_ip_bandwidth: cdktf.booleanToTerraform(this._cancelCommonBandwidthPackageIpBandwidth),
      instance_id: cdktf.stringToTerraform(this._instanceId),
      ip_type: cdktf.stringToTerraform(this._ipType),
      timeouts: commonBandwidthPackageAttachmentTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      bandwidth_package_bandwidth: {
        value: cdktf.stringToHclTerraform(this._bandwidthPackageBandwidth),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bandwidth_package_id: {
        value: cdktf.stringToHclTerraform(this._bandwidthPackageId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cancel_common_bandwidth_package_ip_bandwidth: {
        value: cdktf.booleanToHclTerraform(this._cancelCommonBandwidthPackageIpBandwidth),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      instance_id: {
        value: cdktf.stringToHclTerraform(this._instanceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ip_type: {
        value: cdktf.stringToHclTerraform(this._ipType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: commonBandwidthPackageAttachmentTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "CommonBandwidthPackageAttachmentTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
