# alicloud_vpc_nat_ip docs page, example 1: a NAT IP (192.168.0.37) from a NAT IP CIDR block added
# to a VPC NAT gateway.
data "alicloud_zones" "example" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "example" {
  cidr_block = "172.16.0.0/12"
  vpc_name   = "terraform-example"
}

resource "alicloud_vswitch" "example" {
  vswitch_name = "terraform-example"
  vpc_id       = alicloud_vpc.example.id
  zone_id      = data.alicloud_zones.example.zones.0.id
  cidr_block   = "172.16.0.0/21"
}

resource "alicloud_nat_gateway" "example" {
  nat_gateway_name     = "terraform-example"
  description          = "terraform-example"
  vpc_id               = alicloud_vpc.example.id
  vswitch_id           = alicloud_vswitch.example.id
  nat_type             = "Enhanced"
  network_type         = "intranet"
  internet_charge_type = "PayByLcu"
}

resource "alicloud_vpc_nat_ip_cidr" "example" {
  nat_gateway_id          = alicloud_nat_gateway.example.id
  nat_ip_cidr             = "192.168.0.0/16"
  nat_ip_cidr_name        = "terraform-example"
  nat_ip_cidr_description = "terraform-example"
}

resource "alicloud_vpc_nat_ip" "example" {
  nat_gateway_id     = alicloud_nat_gateway.example.id
  nat_ip_cidr        = alicloud_vpc_nat_ip_cidr.example.nat_ip_cidr
  nat_ip             = "192.168.0.37"
  nat_ip_name        = "example_value"
  nat_ip_description = "example_value"
}
