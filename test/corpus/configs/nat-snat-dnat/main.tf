# An Enhanced NAT gateway with two EIPs, one SNAT entry for a VSwitch and one DNAT (forward) entry,
# combining the alicloud_snat_entry and alicloud_forward_entry pages. The product guide forbids one
# address in both tables, hence one EIP each (count + index, as the community NAT module does).
terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.120.0"
    }
  }
}

variable "name" {
  default = "corpus-nat"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "default" {
  vpc_name   = var.name
  cidr_block = "172.16.0.0/12"
}

resource "alicloud_vswitch" "default" {
  vpc_id       = alicloud_vpc.default.id
  cidr_block   = "172.16.0.0/21"
  zone_id      = data.alicloud_zones.default.zones[0].id
  vswitch_name = var.name
}

resource "alicloud_nat_gateway" "default" {
  vpc_id           = alicloud_vpc.default.id
  nat_gateway_name = var.name
  payment_type     = "PayAsYouGo"
  vswitch_id       = alicloud_vswitch.default.id
  nat_type         = "Enhanced"
}

resource "alicloud_eip_address" "default" {
  count        = 2
  address_name = format("%s%03d", var.name, count.index + 1)
}

resource "alicloud_eip_association" "default" {
  count         = 2
  allocation_id = alicloud_eip_address.default[count.index].id
  instance_id   = alicloud_nat_gateway.default.id
}

resource "alicloud_snat_entry" "default" {
  depends_on        = [alicloud_eip_association.default]
  snat_table_id     = alicloud_nat_gateway.default.snat_table_ids
  source_vswitch_id = alicloud_vswitch.default.id
  snat_ip           = alicloud_eip_address.default[0].ip_address
}

resource "alicloud_forward_entry" "default" {
  depends_on         = [alicloud_eip_association.default]
  forward_table_id   = alicloud_nat_gateway.default.forward_table_ids
  external_ip        = alicloud_eip_address.default[1].ip_address
  external_port      = "80"
  ip_protocol        = "tcp"
  internal_ip        = "172.16.0.3"
  internal_port      = "8080"
  forward_entry_name = var.name
}
