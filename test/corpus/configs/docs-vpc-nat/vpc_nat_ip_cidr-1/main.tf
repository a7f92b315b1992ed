# alicloud_vpc_nat_ip_cidr docs page, example 1: a 192.168.0.0/16 NAT IP CIDR block on a VPC NAT
# gateway in a 172.16.0.0/12 VPC.
data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "default" {
  cidr_block = "172.16.0.0/12"
  vpc_name   = "terraform-example"
}

resource "alicloud_vswitch" "default" {
  vswitch_name = "terraform-example"
  vpc_id       = alicloud_vpc.default.id
  zone_id      = data.alicloud_zones.default.zones.0.id
  cidr_block   = "172.16.0.0/21"
}

resource "alicloud_nat_gateway" "default" {
  nat_gateway_name     = "terraform-example"
  description          = "terraform-example"
  vpc_id               = alicloud_vpc.default.id
  vswitch_id           = alicloud_vswitch.default.id
  nat_type             = "Enhanced"
  network_type         = "intranet"
  internet_charge_type = "PayByLcu"
}

resource "alicloud_vpc_nat_ip_cidr" "default" {
  nat_gateway_id   = alicloud_nat_gateway.default.id
  nat_ip_cidr      = "192.168.0.0/16"
  nat_ip_cidr_name = "terraform-example"
}
