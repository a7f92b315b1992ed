# alicloud_instance docs page, example 1, WITHOUT its alicloud_kms_key (KMS is out of scope): the
# data disk is therefore neither encrypted nor given kms_key_id. Everything else as on the page:
# an n4 instance from a fixed image id, named system disk, one named data disk.
variable "name" {
  default = "terraform-example"
}

variable "instance_type" {
  default = "ecs.n4.large"
}

variable "image_id" {
  default = "ubuntu_18_04_64_20G_alibase_20190624.vhd"
}

resource "alicloud_security_group" "group" {
  vpc_id              = alicloud_vpc.vpc.id
  security_group_name = var.name
  description         = "foo"
}

data "alicloud_zones" "default" {
  available_instance_type     = var.instance_type
  available_resource_creation = "VSwitch"
  available_disk_category     = "cloud_efficiency"
}

resource "alicloud_vpc" "vpc" {
  cidr_block = "172.16.0.0/16"
  vpc_name   = var.name
}

resource "alicloud_vswitch" "vswitch" {
  vpc_id       = alicloud_vpc.vpc.id
  zone_id      = data.alicloud_zones.default.zones.0.id
  cidr_block   = "172.16.0.0/24"
  vswitch_name = var.name
}

resource "alicloud_instance" "instance" {
  instance_name     = var.name
  availability_zone = data.alicloud_zones.default.zones.0.id
  vswitch_id        = alicloud_vswitch.vswitch.id
  security_groups   = alicloud_security_group.group.*.id
  instance_type     = var.instance_type
  image_id          = var.image_id

  system_disk_category    = "cloud_efficiency"
  system_disk_name        = var.name
  system_disk_description = "test_foo_system_disk_description"

  internet_max_bandwidth_out = 10

  data_disks {
    name        = "disk2"
    description = "disk2"
    category    = "cloud_efficiency"
    size        = 20
  }
}
