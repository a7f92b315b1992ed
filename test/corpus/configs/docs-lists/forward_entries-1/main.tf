# alicloud_forward_entries docs page, example 1: an Enhanced NAT gateway (PayByLcu) with an EIP,
# one DNAT entry (tcp 80 to 172.16.0.3:8080), and the listing of its forward table.
variable "name" {
  default = "forward-entry-config-example-name"
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
  zone_id      = data.alicloud_zones.default.zones[0].id
  cidr_block   = "172.16.0.0/21"
}

resource "alicloud_nat_gateway" "default" {
  nat_gateway_name     = var.name
  nat_type             = "Enhanced"
  vpc_id               = alicloud_vpc.default.id
  vswitch_id           = alicloud_vswitch.default.id
  internet_charge_type = "PayByLcu"
}

resource "alicloud_eip_address" "default" {
  address_name = var.name
}

resource "alicloud_eip_association" "default" {
  instance_id   = alicloud_nat_gateway.default.id
  allocation_id = alicloud_eip_address.default.id
}

resource "alicloud_forward_entry" "default" {
  forward_table_id = alicloud_nat_gateway.default.forward_table_ids
  external_ip      = alicloud_eip_address.default.ip_address
  external_port    = "80"
  internal_ip      = "172.16.0.3"
  internal_port    = "8080"
  ip_protocol      = "tcp"
}

data "alicloud_forward_entries" "default" {
  forward_table_id = alicloud_forward_entry.default.forward_table_id
}
