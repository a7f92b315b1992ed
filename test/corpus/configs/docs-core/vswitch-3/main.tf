# alicloud_vswitch docs page, example 3: a VSwitch inside the VPC's secondary CIDR block.
data "alicloud_zones" "foo" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "foo" {
  cidr_block = "172.16.0.0/12"
  vpc_name   = "terraform-example"
}

resource "alicloud_vpc_ipv4_cidr_block" "foo" {
  secondary_cidr_block = "192.163.0.0/16"
  vpc_id               = alicloud_vpc.foo.id
}

resource "alicloud_vswitch" "foo" {
  vpc_id     = alicloud_vpc_ipv4_cidr_block.foo.vpc_id
  zone_id    = data.alicloud_zones.foo.zones.0.id
  cidr_block = "192.163.0.0/24"
}
