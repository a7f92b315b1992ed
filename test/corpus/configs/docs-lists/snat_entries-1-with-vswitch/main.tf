# alicloud_snat_entries docs page, example 1, WITH the gateway in the VSwitch: as written, the
# page's NAT gateway (deprecated `name`, `specification = "Small"`) has no vswitch_id, which the
# real CreateNatGateway refuses for an Enhanced gateway (the only type since 1.137.0). Everything
# else is the page's: deprecated aliases on the VPC and VSwitch, the EIP bound to the gateway, a
# SNAT entry for the VSwitch, and the listing of the gateway's SNAT table.
variable "name" {
  default = "snat-entry-example-name"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "foo" {
  name       = var.name
  cidr_block = "172.16.0.0/12"
}

resource "alicloud_vswitch" "foo" {
  vpc_id            = alicloud_vpc.foo.id
  availability_zone = data.alicloud_zones.default.zones.0.id
  cidr_block        = "172.16.0.0/21"
  vswitch_name      = var.name
}

resource "alicloud_nat_gateway" "foo" {
  name          = var.name
  vpc_id        = alicloud_vpc.foo.id
  specification = "Small"
  vswitch_id    = alicloud_vswitch.foo.id
}

resource "alicloud_eip_address" "foo" {
  address_name = var.name
}

resource "alicloud_eip_association" "foo" {
  instance_id   = alicloud_nat_gateway.foo.id
  allocation_id = alicloud_eip_address.foo.id
}

resource "alicloud_snat_entry" "foo" {
  snat_ip           = alicloud_eip_address.foo.ip_address
  snat_table_id     = alicloud_nat_gateway.foo.snat_table_ids
  source_vswitch_id = alicloud_vswitch.foo.id
}

data "alicloud_snat_entries" "foo" {
  snat_table_id = alicloud_snat_entry.foo.snat_table_id
}
