# Re-created for the corpus from alibabacloud-automation/terraform-alicloud-vpc-ecs (snapshot
# b1cfd28): its inputs, resource names and arguments, written as our own HCL.
#
# A VPC, a VSwitch, a group (named through the deprecated `name`) and one instance with a data disk.

resource "alicloud_vpc" "default" {
  vpc_name   = var.name
  cidr_block = var.vpc_cidr_block
}

resource "alicloud_vswitch" "default" {
  vpc_id       = alicloud_vpc.default.id
  vswitch_name = var.name
  cidr_block   = var.vs_cidr_block
  zone_id      = var.availability_zone
}

resource "alicloud_security_group" "default" {
  vpc_id = alicloud_vpc.default.id
  name   = var.name
}

resource "alicloud_instance" "default" {
  instance_name              = var.name
  availability_zone          = var.availability_zone
  vswitch_id                 = alicloud_vswitch.default.id
  security_groups            = [alicloud_security_group.default.id]
  instance_type              = var.instance_type
  image_id                   = var.image_id
  system_disk_category       = var.system_disk_category
  system_disk_name           = var.system_disk_name
  system_disk_description    = var.system_disk_description
  internet_max_bandwidth_out = var.internet_max_bandwidth_out

  data_disks {
    name        = var.data_disks_name
    size        = var.ecs_size
    category    = var.category
    description = var.description
    encrypted   = var.encrypted
  }
}
