# examples/associate-with-network-interface of terraform-alicloud-modules/terraform-alicloud-eip,
# as our own HCL with the example's names and values (deprecated `name`, `availability_zone`,
# `security_groups` and a string count included); module source only changed. No terraform block,
# as in the example: Terraform asks for hashicorp/alicloud.

variable "region" {
  default = "cn-beijing"
}

provider "alicloud" {
  region = var.region
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "default" {
  name       = "vpc-eip-example"
  cidr_block = "172.16.0.0/12"
}

resource "alicloud_vswitch" "default" {
  vpc_id            = alicloud_vpc.default.id
  cidr_block        = "172.16.0.0/21"
  availability_zone = data.alicloud_zones.default.zones.0.id
  name              = "vswitch-eip-example"
}

resource "alicloud_security_group" "default" {
  count  = "1"
  vpc_id = alicloud_vpc.default.id
  name   = "test-network_interface-eip"
}

resource "alicloud_network_interface" "default" {
  security_groups = [alicloud_security_group.default[0].id]
  vswitch_id      = alicloud_vswitch.default.id
}

module "associate-with-network-interface" {
  source = "../../../modules/terraform-alicloud-eip/modules/associate-with-network-interface"
  region = var.region

  create               = true
  name                 = "eip-NetworkInterface-example"
  bandwidth            = 5
  internet_charge_type = "PayByTraffic"
  instance_charge_type = "PostPaid"
  period               = 1
  tags = {
    Env      = "Private"
    Location = "foo"
  }

  # One ENI known only after apply, plus those the lookup finds at plan time (none here).
  number_of_computed_instances = 1
  computed_instances = [
    {
      instance_ids  = [alicloud_network_interface.default.id]
      instance_type = "NetworkInterface"
      private_ips   = []
    }
  ]
  name_regex = "foo*"
  instance_tags = {
    Create = "tf"
    Env    = "prod"
  }
  instance_resource_group_id = "rs-132452"
}

output "this_eip_id" {
  value = module.associate-with-network-interface.this_eip_id
}

output "this_eip_association_instance_id" {
  value = module.associate-with-network-interface.this_eip_association_instance_id
}
