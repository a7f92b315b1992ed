# examples/complete of alibabacloud-automation/terraform-alicloud-ecs-cluster (snapshot 1345af2),
# as our own HCL with the example's names and values. Changes: the module source points at our
# copy, and the example's key pair is left out: alicloud_ecs_key_pair is not served, so neither it
# nor the random_integer that only names it is here, and the module gets no key_name (its default
# ""). Everything else is as written.

provider "alicloud" {
  region = "cn-zhangjiakou"
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
  name_regex    = "^ubuntu_[0-9]+_[0-9]+_x64"
  instance_type = data.alicloud_instance_types.default.instance_types[0].id
}

module "example" {
  source = "../../../modules/terraform-alicloud-ecs-cluster"

  # The module's own image and type lookups (unused here: image_id and instance_type are given).
  most_recent      = true
  owners           = "system"
  image_name_regex = "^ubuntu_18.*64"
  cpu_core_count   = 1
  memory_size      = 2

  this_module_name  = var.this_module_name
  vpc_cidr          = "172.16.0.0/16"
  vswitch_cidr      = "172.16.0.0/21"
  availability_zone = data.alicloud_zones.default.zones[0].id

  cluster_size         = 2
  image_id             = data.alicloud_images.default.images[0].id
  instance_type        = data.alicloud_instance_types.default.instance_types[0].id
  instance_name        = var.instance_name
  internet_charge_type = var.internet_charge_type
  instance_charge_type = var.instance_charge_type
  system_category      = "cloud_essd"
  system_size          = var.system_size
  password             = var.password
  user_data            = var.user_data
  period               = var.period
  instance_tags        = var.instance_tags

  eip_bandwidth            = var.eip_bandwidth
  eip_internet_charge_type = "PayByTraffic"

  nat_type                 = var.nat_type
  specification            = var.specification
  nat_internet_charge_type = "PayByLcu"

  external_port = var.external_port
  ip_protocol   = var.ip_protocol
  internal_port = var.internal_port
}
