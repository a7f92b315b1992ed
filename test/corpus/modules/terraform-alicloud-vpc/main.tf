# The module configures its own provider (a legacy pattern the community modules still use): the
# empty-string inputs become null, and configuration_source names the module.
provider "alicloud" {
  region                  = var.region != "" ? var.region : null
  profile                 = var.profile != "" ? var.profile : null
  shared_credentials_file = var.shared_credentials_file != "" ? var.shared_credentials_file : null
  skip_region_validation  = var.skip_region_validation
  configuration_source    = "terraform-alicloud-modules/vpc"
}

# A new VPC unless vpc_id names one; deprecated `name` as the module has it.
resource "alicloud_vpc" "vpc" {
  count = var.vpc_id != "" ? 0 : var.create ? 1 : 0

  name              = var.vpc_name
  description       = var.vpc_description
  cidr_block        = var.vpc_cidr
  resource_group_id = var.resource_group_id
  tags              = merge({ "Name" = format("%s", var.vpc_name) }, var.vpc_tags)
}

# One VSwitch per CIDR, round-robin over the zones (deprecated availability_zone and name).
resource "alicloud_vswitch" "vswitches" {
  count = local.create_sub_resources ? length(var.vswitch_cidrs) : 0

  vpc_id            = var.vpc_id != "" ? var.vpc_id : concat(alicloud_vpc.vpc.*.id, [""])[0]
  availability_zone = element(var.availability_zones, count.index)
  cidr_block        = var.vswitch_cidrs[count.index]
  name              = length(var.vswitch_cidrs) > 1 || var.use_num_suffix ? format("%s%03d", var.vswitch_name, count.index + 1) : var.vswitch_name
  description       = var.vswitch_description
  tags              = merge({ Name = format("%s%03d", var.vswitch_name, count.index + 1) }, var.vswitch_tags)
}

# One instance route per destination.
resource "alicloud_route_entry" "route_entry" {
  count = local.create_sub_resources ? length(var.destination_cidrs) : 0

  route_table_id        = local.route_table_id
  destination_cidrblock = var.destination_cidrs[count.index]
  nexthop_type          = "Instance"
  nexthop_id            = var.nexthop_ids[count.index]
}
