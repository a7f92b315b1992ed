# alicloud_vpc_ha_vip docs page, example 1, without its two alicloud_resource_manager_resource_group
# resources and the resource_group_id that names one (Resource Manager groups cannot be created in
# the sandbox): a named HaVip at a chosen address, 192.168.1.101.
variable "name" {
  default = "tf-example"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "defaultVpc" {
  description = var.name
  vpc_name    = var.name
  cidr_block  = "192.168.0.0/16"
}

resource "alicloud_vswitch" "defaultVswitch" {
  vpc_id       = alicloud_vpc.defaultVpc.id
  cidr_block   = "192.168.0.0/21"
  vswitch_name = "${var.name}1"
  zone_id      = data.alicloud_zones.default.zones.0.id
  description  = var.name
}

resource "alicloud_vpc_ha_vip" "default" {
  description = var.name
  vswitch_id  = alicloud_vswitch.defaultVswitch.id
  ha_vip_name = var.name
  ip_address  = "192.168.1.101"
}
