# alicloud_router_interface_connection docs page, example 1: two VPCs of one region joined by a
# pair of router interfaces; the accepting side connects first.
provider "alicloud" {
  region = var.region
}

variable "region" {
  default = "cn-hangzhou"
}

variable "name" {
  default = "alicloudRouterInterfaceConnectionBasic"
}

resource "alicloud_vpc" "foo" {
  cidr_block = "172.16.0.0/12"
  vpc_name   = var.name
}

resource "alicloud_vpc" "bar" {
  provider   = alicloud
  cidr_block = "192.168.0.0/16"
  vpc_name   = var.name
}

resource "alicloud_router_interface" "initiate" {
  router_id            = alicloud_vpc.foo.router_id
  router_type          = "VRouter"
  role                 = "InitiatingSide"
  opposite_region      = var.region
  specification        = "Large.2"
  instance_charge_type = "PostPaid"
  name                 = var.name
  description          = var.name
}

resource "alicloud_router_interface" "opposite" {
  provider        = alicloud
  router_id       = alicloud_vpc.bar.router_id
  router_type     = "VRouter"
  role            = "AcceptingSide"
  opposite_region = var.region
  specification   = "Large.1"
  name            = "${var.name}-opposite"
  description     = "${var.name}-opposite"
}

resource "alicloud_router_interface_connection" "foo" {
  interface_id          = alicloud_router_interface.initiate.id
  opposite_interface_id = alicloud_router_interface.opposite.id
  # The accepting side must be connected before the initiating side.
  depends_on = [alicloud_router_interface_connection.bar]
}

resource "alicloud_router_interface_connection" "bar" {
  provider              = alicloud
  interface_id          = alicloud_router_interface.opposite.id
  opposite_interface_id = alicloud_router_interface.initiate.id
}
