# aliyun/alibabacloud-landing-zone, solution/operations/golden-image/step1-create-ecs: the builder
# instance of the golden-image sample, as our own HCL with the sample's names and values (an
# ecs.n4.large PrePaid instance with user data, deprecated `name` on the group). One change:
# `force_delete = "true"`, which the sample's other copy (solution/compliance/3.2-goldenImage)
# has. Without it the sample cannot be destroyed, on the real cloud as here: the provider refuses
# to release a PrePaid instance unless force_delete is set. No region in the provider block: the
# provider's fallback region (cn-beijing).

provider "alicloud" {}

data "alicloud_zones" "default" {
  available_disk_category     = "cloud_efficiency"
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "vpc" {
  vpc_name   = "golden_image_vpc"
  cidr_block = "172.16.0.0/16"
}

resource "alicloud_vswitch" "vswitch" {
  vpc_id       = alicloud_vpc.vpc.id
  cidr_block   = "172.16.0.0/24"
  zone_id      = data.alicloud_zones.default.zones[0].id
  vswitch_name = "golden_image_vswitch"
}

resource "alicloud_security_group" "group" {
  name        = "golden_image_builder"
  description = "security groups for ecs which is used for building golden image"
  vpc_id      = alicloud_vpc.vpc.id
}

resource "alicloud_instance" "ecs_golden_image" {
  availability_zone = data.alicloud_zones.default.zones[0].id
  security_groups   = alicloud_security_group.group.*.id

  instance_type              = "ecs.n4.large"
  system_disk_category       = "cloud_efficiency"
  system_disk_name           = "golden_image"
  system_disk_description    = "golden_image"
  image_id                   = "ubuntu_18_04_64_20G_alibase_20190624.vhd"
  instance_name              = "golden_image_builder"
  instance_charge_type       = "PrePaid"
  period                     = 1
  period_unit                = "Month"
  vswitch_id                 = alicloud_vswitch.vswitch.id
  internet_max_bandwidth_out = 0
  user_data                  = base64encode("sleep 100 && echo 1")

  force_delete = "true"
}

output "ecs_instance_id" {
  value = alicloud_instance.ecs_golden_image.id
}
