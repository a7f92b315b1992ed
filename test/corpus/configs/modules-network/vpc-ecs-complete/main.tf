# examples/complete of alibabacloud-automation/terraform-alicloud-vpc-ecs (snapshot b1cfd28), as
# our own HCL with the example's names and values. One change: the module source points at our
# copy.

provider "alicloud" {
  region = "ap-southeast-5"
}

data "alicloud_zones" "default" {}

data "alicloud_instance_types" "default" {
  availability_zone    = data.alicloud_zones.default.zones[0].id
  instance_type_family = "ecs.g9i"
  cpu_core_count       = 2
  memory_size          = 8
}

data "alicloud_images" "default" {
  owners        = "system"
  most_recent   = true
  instance_type = data.alicloud_instance_types.default.instance_types[0].id
}

module "example" {
  source = "../../../modules/terraform-alicloud-vpc-ecs"

  name              = var.name
  availability_zone = data.alicloud_zones.default.zones[0].id
  vpc_cidr_block    = "172.16.0.0/12"
  vs_cidr_block     = "172.16.0.0/21"

  instance_type              = data.alicloud_instance_types.default.instance_types[0].id
  image_id                   = data.alicloud_images.default.images[0].id
  system_disk_category       = "cloud_essd"
  system_disk_name           = var.system_disk_name
  system_disk_description    = var.system_disk_description
  internet_max_bandwidth_out = var.internet_max_bandwidth_out

  data_disks_name = "data_disks_name"
  ecs_size        = 1200
  category        = "cloud_essd"
  description     = "tf-vpc-ecs-description"
  encrypted       = true
}
