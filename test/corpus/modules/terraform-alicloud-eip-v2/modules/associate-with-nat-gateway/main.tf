# Re-created for the corpus from alibabacloud-automation/terraform-alicloud-eip (modules/associate-with-nat-gateway),
# as our own HCL: the root module two levels up with instance type "Nat", bound to the NAT gateways
# that the lookup below finds plus those the caller passes in computed_instances.

locals {
  instance_type = "Nat"
  # Without a filter the module binds nothing (instances = null: EIPs by number only).
  instances = var.name_regex != "" ? concat([{
    instance_ids  = data.alicloud_nat_gateways.this.ids
    instance_type = local.instance_type
    private_ips   = []
  }], var.computed_instances) : null
}

data "alicloud_nat_gateways" "this" {
  name_regex = var.name_regex
}

module "eip-nat" {
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
