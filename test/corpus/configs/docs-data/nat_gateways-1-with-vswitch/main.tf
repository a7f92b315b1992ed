# alicloud_nat_gateways docs page, example 1, WITH a VSwitch: as written, the page's gateway has
# none, which the real CreateNatGateway refuses for an Enhanced gateway (the only type since 1.137.0).
variable "name" {
  default = "natGatewaysDatasource"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "foo" {
  cidr_block = "172.16.0.0/12"
  vpc_name   = var.name
}

resource "alicloud_vswitch" "foo" {
  vpc_id     = alicloud_vpc.foo.id
  zone_id    = data.alicloud_zones.default.zones.0.id
  cidr_block = "172.16.0.0/21"
}

resource "alicloud_nat_gateway" "foo" {
  vswitch_id       = alicloud_vswitch.foo.id
  nat_gateway_name = var.name
  specification    = "Small"
  vpc_id           = alicloud_vpc.foo.id
}

data "alicloud_nat_gateways" "foo" {
  ids        = ["${alicloud_nat_gateway.foo.id}"]
  name_regex = alicloud_nat_gateway.foo.name
  vpc_id     = alicloud_vpc.foo.id
}
