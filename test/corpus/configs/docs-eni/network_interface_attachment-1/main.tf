# alicloud_network_interface_attachment docs page (the deprecated names), example 1: two instances
# of a type taking two ENIs, each with an ENI of its own attached (count and element()).
variable "name" {
  default = "networkInterfaceAttachment"
}

variable "number" {
  default = "2"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

data "alicloud_instance_types" "instance_type" {
  availability_zone = data.alicloud_zones.default.zones[0].id
  eni_amount        = 2
}

data "alicloud_images" "default" {
  owners      = "system"
  most_recent = true
  name_regex  = "^ubuntu_18.*64"
}

resource "alicloud_vpc" "vpc" {
  cidr_block = "192.168.0.0/24"
  name       = var.name
}

resource "alicloud_vswitch" "vswitch" {
  vpc_id       = alicloud_vpc.vpc.id
  zone_id      = data.alicloud_zones.default.zones[0].id
  cidr_block   = "192.168.0.0/24"
  vswitch_name = var.name
}

resource "alicloud_security_group" "group" {
  vpc_id = alicloud_vpc.vpc.id
  name   = var.name
}

resource "alicloud_instance" "instance" {
  count = var.number

  instance_name              = var.name
  availability_zone          = data.alicloud_zones.default.zones[0].id
  vswitch_id                 = alicloud_vswitch.vswitch.id
  security_groups            = [alicloud_security_group.group.id]
  image_id                   = data.alicloud_images.default.images[0].id
  instance_type              = data.alicloud_instance_types.instance_type.instance_types[0].id
  system_disk_category       = "cloud_efficiency"
  internet_max_bandwidth_out = 10
}

resource "alicloud_network_interface" "interface" {
  count = var.number

  name            = var.name
  vswitch_id      = alicloud_vswitch.vswitch.id
  security_groups = [alicloud_security_group.group.id]
}

resource "alicloud_network_interface_attachment" "attachment" {
  count = var.number

  instance_id          = element(alicloud_instance.instance.*.id, count.index)
  network_interface_id = element(alicloud_network_interface.interface.*.id, count.index)
}
