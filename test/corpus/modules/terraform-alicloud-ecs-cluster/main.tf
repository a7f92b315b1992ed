# Re-created for the corpus from alibabacloud-automation/terraform-alicloud-ecs-cluster (snapshot
# 1345af2): its inputs, resource names, counts and the intent of each expression, written as our
# own HCL.
#
# A cluster of instances in one VSwitch (a new VPC unless one is given), an Enhanced NAT gateway
# with two EIPs: the first serves a SNAT entry for the VSwitch, the second a DNAT entry to the
# first instance.

# Fallbacks for an image and a type when none is given. The module reads them even when they are
# not needed, so they must answer (with an empty list) for any filter.
data "alicloud_images" "default" {
  most_recent = var.most_recent
  owners      = var.owners
  name_regex  = var.image_name_regex
}

data "alicloud_instance_types" "default" {
  cpu_core_count    = var.cpu_core_count
  memory_size       = var.memory_size
  availability_zone = var.availability_zone != "" ? var.availability_zone : var.vswitch_id != "" ? data.alicloud_vswitches.default.vswitches[0].zone_id : data.alicloud_zones.default.ids[0]
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

# Looked up by id even when vswitch_id is "" (the list is then [""], which matches nothing).
data "alicloud_vswitches" "default" {
  ids = [var.vswitch_id]
}

resource "alicloud_vpc" "default" {
  vpc_name   = var.this_module_name
  cidr_block = var.vpc_cidr
}

resource "alicloud_vswitch" "default" {
  vpc_id     = var.vpc_id != "" ? var.vpc_id : alicloud_vpc.default.id
  cidr_block = var.vswitch_cidr != "" ? var.vswitch_cidr : var.vpc_cidr
  zone_id    = var.availability_zone != "" ? var.availability_zone : data.alicloud_zones.default.ids[0]
}

resource "alicloud_security_group" "default" {
  vpc_id              = var.vpc_id != "" ? var.vpc_id : alicloud_vpc.default.id
  security_group_name = var.this_module_name
}

locals {
  # One instance keeps the bare name; several get "-1", "-2", … after it.
  instance_base_name = var.instance_name != "" ? var.instance_name : var.this_module_name
}

resource "alicloud_instance" "default" {
  count = var.cluster_size

  instance_name        = var.cluster_size > 1 ? "${local.instance_base_name}-${count.index + 1}" : local.instance_base_name
  image_id             = var.image_id != "" ? var.image_id : data.alicloud_images.default.images[0].id
  instance_type        = var.instance_type != "" ? var.instance_type : data.alicloud_instance_types.default.instance_types[0].id
  vswitch_id           = var.vswitch_id != "" ? var.vswitch_id : alicloud_vswitch.default.id
  security_groups      = length(var.security_group_ids) > 0 ? var.security_group_ids : [alicloud_security_group.default.id]
  instance_charge_type = var.instance_charge_type
  period               = var.period
  internet_charge_type = var.internet_charge_type
  system_disk_category = var.system_category
  system_disk_size     = var.system_size
  password             = var.password
  key_name             = var.key_name
  user_data            = var.user_data
  tags                 = var.instance_tags
}

# The deprecated EIP type, two of them.
resource "alicloud_eip" "default" {
  count = 2

  bandwidth            = var.eip_bandwidth
  internet_charge_type = var.eip_internet_charge_type
}

resource "alicloud_nat_gateway" "default" {
  vpc_id               = var.vpc_id != "" ? var.vpc_id : alicloud_vpc.default.id
  vswitch_id           = var.vswitch_id != "" ? var.vswitch_id : alicloud_vswitch.default.id
  nat_gateway_name     = var.this_module_name
  nat_type             = var.nat_type
  specification        = var.specification
  internet_charge_type = var.nat_internet_charge_type
}

resource "alicloud_eip_association" "default" {
  count = 2

  allocation_id = alicloud_eip.default[count.index].id
  instance_id   = alicloud_nat_gateway.default.id
}

# snat_table_ids is a comma-separated string; the first id is the gateway's SNAT table.
resource "alicloud_snat_entry" "default" {
  snat_table_id     = split(",", alicloud_nat_gateway.default.snat_table_ids)[0]
  source_vswitch_id = alicloud_vswitch.default.id
  snat_ip           = alicloud_eip.default[0].ip_address
}

resource "alicloud_forward_entry" "default" {
  forward_table_id   = alicloud_nat_gateway.default.forward_table_ids
  forward_entry_name = var.this_module_name
  external_ip        = alicloud_eip.default[1].ip_address
  external_port      = var.external_port
  ip_protocol        = var.ip_protocol
  internal_ip        = alicloud_instance.default[0].private_ip
  internal_port      = var.internal_port
}
