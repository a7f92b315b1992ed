# alicloud_instance_types docs page, example 1, as written: 14 instances of an sn1ne type in a
# zone that offers VSwitches, and an ENI in their VSwitch (nothing references it).
variable "name" {
  default = "terraform-example"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

data "alicloud_instance_types" "default" {
  instance_type_family = "ecs.sn1ne"
  availability_zone    = data.alicloud_zones.default.zones.0.id
}

data "alicloud_images" "default" {
  owners      = "system"
  most_recent = true
  name_regex  = "^ubuntu_[0-9]+_[0-9]+_x64*"
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

resource "alicloud_ecs_network_interface" "default" {
  vswitch_id             = alicloud_vswitch.default.id
  security_group_ids     = [alicloud_security_group.default.id]
  network_interface_name = var.name
}

resource "alicloud_instance" "default" {
  count = 14

  instance_name              = var.name
  availability_zone          = data.alicloud_zones.default.zones.0.id
  vswitch_id                 = alicloud_vswitch.default.id
  security_groups            = alicloud_security_group.default.*.id
  image_id                   = data.alicloud_images.default.images[0].id
  instance_type              = data.alicloud_instance_types.default.instance_types[0].id
  instance_charge_type       = "PostPaid"
  internet_charge_type       = "PayByTraffic"
  internet_max_bandwidth_out = "10"
  system_disk_category       = "cloud_efficiency"
}
