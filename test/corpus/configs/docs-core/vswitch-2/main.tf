# alicloud_vswitch docs page, example 2: a tagged VSwitch in the primary block, its vpc_id taken
# from a secondary CIDR block so that it is created after the block.
data "alicloud_zones" "foo" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "vpc" {
  cidr_block = "172.16.0.0/12"
  vpc_name   = "terraform-example"
}

resource "alicloud_vpc_ipv4_cidr_block" "cidr_blocks" {
  secondary_cidr_block = "192.163.0.0/16"
  vpc_id               = alicloud_vpc.vpc.id
}

resource "alicloud_vswitch" "island-nat" {
  vpc_id       = alicloud_vpc_ipv4_cidr_block.cidr_blocks.vpc_id
  zone_id      = data.alicloud_zones.foo.zones.0.id
  cidr_block   = "172.16.0.0/21"
  vswitch_name = "terraform-example"
  tags = {
    ManagedBy   = "example_value"
    Environment = "example_value"
    cnm_version = "example_value"
    BuiltBy     = "example_value"
  }
}
