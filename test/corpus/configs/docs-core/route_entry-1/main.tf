# alicloud_route_entry docs page, example 1: a /32 route through a g6 instance (2 vCPU, 8 GiB)
# booted from the newest system image.
variable "name" {
  default = "terraform-example"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
  available_disk_category     = "cloud_efficiency"
}

data "alicloud_images" "default" {
  owners      = "system"
  most_recent = true
}

data "alicloud_instance_types" "default" {
  availability_zone    = data.alicloud_zones.default.zones.0.id
  instance_type_family = "ecs.g6"
  cpu_core_count       = 2
  memory_size          = 8
}

resource "alicloud_vpc" "default" {
  cidr_block = "192.168.0.0/16"
  vpc_name   = var.name
}

resource "alicloud_vswitch" "default" {
  vpc_id       = alicloud_vpc.default.id
  zone_id      = data.alicloud_zones.default.zones.0.id
  cidr_block   = "192.168.192.0/24"
  vswitch_name = var.name
}

resource "alicloud_security_group" "default" {
  vpc_id = alicloud_vpc.default.id
  name   = var.name
}

resource "alicloud_instance" "default" {
  instance_name              = var.name
  availability_zone          = data.alicloud_instance_types.default.instance_types.0.availability_zones.0
  vswitch_id                 = alicloud_vswitch.default.id
  security_groups            = alicloud_security_group.default.*.id
  image_id                   = data.alicloud_images.default.images.0.id
  instance_type              = data.alicloud_instance_types.default.instance_types.0.id
  instance_charge_type       = "PostPaid"
  internet_charge_type       = "PayByTraffic"
  internet_max_bandwidth_out = "10"
  system_disk_category       = "cloud_efficiency"
}

resource "alicloud_route_entry" "default" {
  route_table_id        = alicloud_vpc.default.route_table_id
  destination_cidrblock = "172.11.1.1/32"
  nexthop_type          = "Instance"
  nexthop_id            = alicloud_instance.default.id
}
