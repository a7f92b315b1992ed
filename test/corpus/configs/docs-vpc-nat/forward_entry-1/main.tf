# alicloud_forward_entry docs page, example 1: port 80 of a NAT IP of a VPC NAT gateway forwarded
# to 172.16.0.115:8080.
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
  vswitch_name = var.name
  vpc_id       = alicloud_vpc.default.id
  zone_id      = data.alicloud_zones.default.zones.0.id
  cidr_block   = "172.16.0.0/21"
}

resource "alicloud_nat_gateway" "default" {
  nat_gateway_name = var.name
  vpc_id           = alicloud_vpc.default.id
  vswitch_id       = alicloud_vswitch.default.id
  nat_type         = "Enhanced"
  network_type     = "intranet"
}

resource "alicloud_vpc_nat_ip" "default" {
  nat_gateway_id = alicloud_nat_gateway.default.id
  nat_ip_cidr    = alicloud_vswitch.default.cidr_block
  nat_ip         = "172.16.0.66"
  nat_ip_name    = var.name
}

resource "alicloud_forward_entry" "default" {
  forward_table_id   = alicloud_nat_gateway.default.forward_table_ids
  forward_entry_name = var.name
  ip_protocol        = "tcp"
  external_ip        = alicloud_vpc_nat_ip.default.nat_ip
  external_port      = "80"
  internal_ip        = "172.16.0.115"
  internal_port      = "8080"
}
