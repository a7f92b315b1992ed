# The EIP module's associate-with-network-interface wrapper: the root module with instance type
# "NetworkInterface", plus the ENIs found by name, tags or resource group. Re-created for the
# corpus (facts from the module), as our own HCL.
provider "alicloud" {
  region                  = var.region != "" ? var.region : null
  profile                 = var.profile != "" ? var.profile : null
  shared_credentials_file = var.shared_credentials_file != "" ? var.shared_credentials_file : null
  skip_region_validation  = var.skip_region_validation
  configuration_source    = "terraform-alicloud-modules/eip"
}

locals {
  instance_type = "NetworkInterface"
  # Any of the three filters turns the lookup on; what it finds is bound at plan time.
  look_up = var.name_regex != "" || length(var.instance_tags) > 0 || var.instance_resource_group_id != ""
  instances = local.look_up ? [{
    instance_ids  = data.alicloud_network_interfaces.this.ids
    instance_type = local.instance_type
    private_ips   = []
  }] : []
}

data "alicloud_network_interfaces" "this" {
  name_regex        = var.name_regex
  tags              = var.instance_tags
  resource_group_id = var.instance_resource_group_id
}

module "eip-network-interface" {
  source = "../../"

  region                  = var.region != "" ? var.region : null
  profile                 = var.profile != "" ? var.profile : null
  shared_credentials_file = var.shared_credentials_file != "" ? var.shared_credentials_file : null
  skip_region_validation  = var.skip_region_validation

  create               = var.create
  number_of_eips       = var.number_of_eips
  name                 = var.name
  description          = "An EIP associated with NetworkInterface instance."
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
