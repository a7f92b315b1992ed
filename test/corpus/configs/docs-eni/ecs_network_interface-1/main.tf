# alicloud_ecs_network_interface docs page, example 1: a tagged ENI with a fixed primary address
# in a /24 VSwitch, in the account's first resource group.
variable "name" {
  default = "tf-example"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

data "alicloud_resource_manager_resource_groups" "default" {
  status = "OK"
}

resource "alicloud_vpc" "default" {
  cidr_block = "192.168.0.0/24"
  vpc_name   = var.name
}

resource "alicloud_vswitch" "default" {
  vpc_id       = alicloud_vpc.default.id
  zone_id      = data.alicloud_zones.default.zones.0.id
  cidr_block   = "192.168.0.0/24"
  vswitch_name = var.name
}

resource "alicloud_security_group" "default" {
  vpc_id              = alicloud_vpc.default.id
  security_group_name = var.name
}

resource "alicloud_ecs_network_interface" "default" {
  vswitch_id             = alicloud_vswitch.default.id
  security_group_ids     = [alicloud_security_group.default.id]
  network_interface_name = var.name
  primary_ip_address     = "192.168.0.2"
  description            = "Basic test"
  resource_group_id      = data.alicloud_resource_manager_resource_groups.default.ids.0
  tags = {
    Created = "TF",
    For     = "Test",
  }
}
