# alicloud_network_interface docs page (the deprecated name), example 1: an ENI with a fixed
# primary address and three secondary ones (deprecated private_ip / private_ips_count).
variable "name" {
  default = "networkInterfaceName"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "vpc" {
  cidr_block = "192.168.0.0/24"
  vpc_name   = var.name
}

resource "alicloud_vswitch" "vswitch" {
  vpc_id     = alicloud_vpc.vpc.id
  zone_id    = data.alicloud_zones.default.zones[0].id
  cidr_block = "192.168.0.0/24"
  name       = var.name
}

resource "alicloud_security_group" "group" {
  vpc_id = alicloud_vpc.vpc.id
  name   = var.name
}

resource "alicloud_network_interface" "default" {
  vswitch_id             = alicloud_vswitch.vswitch.id
  security_group_ids     = [alicloud_security_group.group.id]
  network_interface_name = var.name
  private_ip             = "192.168.0.2"
  private_ips_count      = 3
}
