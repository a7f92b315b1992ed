# alicloud_snat_entry docs page, example 1: a VSwitch's traffic leaves through an EIP bound to an
# Enhanced NAT gateway.
variable "name" {
  default = "terraform-example"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "default" {
  cidr_block = "172.16.0.0/12"
  vpc_name   = var.name
}

resource "alicloud_vswitch" "default" {
  vpc_id       = alicloud_vpc.default.id
  zone_id      = data.alicloud_zones.default.zones.0.id
  cidr_block   = "172.16.0.0/21"
  vswitch_name = var.name
}

resource "alicloud_nat_gateway" "default" {
  vpc_id           = alicloud_vpc.default.id
  vswitch_id       = alicloud_vswitch.default.id
  nat_type         = "Enhanced"
  payment_type     = "PayAsYouGo"
  nat_gateway_name = var.name
}

resource "alicloud_eip_address" "default" {
  address_name = var.name
}

resource "alicloud_eip_association" "default" {
  instance_id   = alicloud_nat_gateway.default.id
  allocation_id = alicloud_eip_address.default.id
}

resource "alicloud_snat_entry" "default" {
  snat_table_id     = alicloud_nat_gateway.default.snat_table_ids
  snat_ip           = alicloud_eip_address.default.ip_address
  source_vswitch_id = alicloud_vswitch.default.id
}
