# examples/x86-architecture/general-purpose of alibabacloud-automation/terraform-alicloud-ecs-instance, as our own
# HCL with the example's names and values. One change: the module source points at our copy of
# the sub-module (no registry or repository checkout offline).

provider "alicloud" {
  region = var.region
}

# A network of its own: VPC, VSwitch in the example's zone, security group.
resource "alicloud_vpc" "default" {
  vpc_name   = "tf_module"
  cidr_block = "172.16.0.0/12"
}

resource "alicloud_vswitch" "default" {
  vpc_id     = alicloud_vpc.default.id
  cidr_block = "172.16.0.0/21"
  zone_id    = var.zone_id
}

resource "alicloud_security_group" "default" {
  security_group_name = "default"
  vpc_id              = alicloud_vpc.default.id
}

module "ecs_instance" {
  source = "../../../modules/terraform-alicloud-ecs-instance-v2/modules/x86-architecture-general-purpose"

  # The sub-module looks up the family's first type in the VSwitch's zone.
  instance_type_family = "ecs.g6"

  vswitch_id                  = alicloud_vswitch.default.id
  security_group_ids          = [alicloud_security_group.default.id]
  associate_public_ip_address = true
  internet_max_bandwidth_out  = 10
}
