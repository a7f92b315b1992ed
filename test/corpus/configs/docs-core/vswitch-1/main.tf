# alicloud_vswitch docs page, example 1: a /21 VSwitch in the first zone that takes VSwitches.
data "alicloud_zones" "foo" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "foo" {
  cidr_block = "172.16.0.0/12"
  vpc_name   = "terraform-example"
}

resource "alicloud_vswitch" "foo" {
  vpc_id       = alicloud_vpc.foo.id
  zone_id      = data.alicloud_zones.foo.zones.0.id
  cidr_block   = "172.16.0.0/21"
  vswitch_name = "terraform-example"
}
