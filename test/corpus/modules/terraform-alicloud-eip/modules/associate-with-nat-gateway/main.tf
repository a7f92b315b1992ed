# The EIP module's associate-with-nat-gateway wrapper: the root module with instance type "Nat",
# plus NAT gateways found by name_regex. Re-created for the corpus (facts from the module).
provider "alicloud" {
  region                  = var.region != "" ? var.region : null
  profile                 = var.profile != "" ? var.profile : null
  shared_credentials_file = var.shared_credentials_file != "" ? var.shared_credentials_file : null
  skip_region_validation  = var.skip_region_validation
  configuration_source    = "terraform-alicloud-modules/eip"
}

locals {
  instance_type = "Nat"
  # Gateways matched by name_regex are bound at plan time (and then set the number of EIPs).
  instances = var.name_regex == "" ? [] : [{
    instance_ids  = data.alicloud_nat_gateways.this.ids
    instance_type = local.instance_type
    private_ips   = []
  }]
}

data "alicloud_nat_gateways" "this" {
  name_regex = var.name_regex
}

module "eip-nat" {
  source = "../../"

  create               = var.create
  number_of_eips       = var.number_of_eips
  name                 = var.name
  description          = "An EIP associated with NAT instance."
  bandwidth            = var.bandwidth
  internet_charge_type = var.internet_charge_type
  instance_charge_type = var.instance_charge_type
  period               = var.period
  isp                  = var.isp
  resource_group_id    = var.resource_group_id
  tags                 = merge({ UsedFor = local.instance_type }, var.tags)

  instances                    = local.instances
  number_of_computed_instances = var.number_of_computed_instances
  computed_instances           = var.computed_instances
}
