# Re-created for the corpus from alibabacloud-automation/terraform-alicloud-eip (modules/associate-with-ecs),
# as our own HCL: the root module two levels up with instance type "EcsInstance", bound to the instances
# that the lookup below finds plus those the caller passes in computed_instances.

locals {
  instance_type = "EcsInstance"
  # Without a filter the module binds nothing (instances = null: EIPs by number only).
  instances = var.name_regex != "" || length(var.instance_tags) > 0 || var.instance_resource_group_id != "" ? concat([{
    instance_ids  = data.alicloud_instances.this.ids
    instance_type = local.instance_type
    private_ips   = []
  }], var.computed_instances) : null
}

data "alicloud_instances" "this" {
  name_regex        = var.name_regex
  tags              = var.instance_tags
  resource_group_id = var.instance_resource_group_id
}

module "eip-ecs" {
  source = "../../"

  number_of_eips       = var.number_of_eips
  name                 = var.name
  description          = var.description
  bandwidth            = var.bandwidth
  internet_charge_type = var.internet_charge_type
  # payment_type wins; the deprecated instance_charge_type maps onto it.
  payment_type      = var.payment_type != "" ? var.payment_type : var.instance_charge_type == "PostPaid" ? "PayAsYouGo" : "Subscription"
  period            = var.period
  isp               = var.isp
  resource_group_id = var.resource_group_id
  tags              = merge({ UsedFor = local.instance_type }, var.tags)

  instances = local.instances
}
