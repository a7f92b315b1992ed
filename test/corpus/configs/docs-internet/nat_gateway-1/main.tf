# alicloud_nat_gateway docs page, example 1: an Enhanced NAT gateway in a zone that offers it, paid as you go.
variable "name" {
  default = "tf_example"
}

data "alicloud_enhanced_nat_available_zones" "default" {}

resource "alicloud_vpc" "default" {
  cidr_block = "10.0.0.0/8"
  vpc_name   = var.name
}

resource "alicloud_vswitch" "default" {
  vpc_id       = alicloud_vpc.default.id
  zone_id      = data.alicloud_enhanced_nat_available_zones.default.zones.0.zone_id
  cidr_block   = "10.10.0.0/20"
  vswitch_name = var.name
}

resource "alicloud_nat_gateway" "default" {
  vpc_id           = alicloud_vpc.default.id
  vswitch_id       = alicloud_vswitch.default.id
  nat_type         = "Enhanced"
  nat_gateway_name = var.name
  payment_type     = "PayAsYouGo"
}
