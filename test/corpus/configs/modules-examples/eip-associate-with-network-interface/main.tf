# examples/associate-with-network-interface of alibabacloud-automation/terraform-alicloud-eip
# (2026), as our own HCL with the example's names and values; module source only changed.

provider "alicloud" {
  region = var.region
}

resource "random_uuid" "default" {}

locals {
  name = substr("tf-example-${replace(random_uuid.default.result, "-", "")}", 0, 16)
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "default" {
  vpc_name   = local.name
  cidr_block = "10.4.0.0/16"
}

resource "alicloud_vswitch" "default" {
  vswitch_name = local.name
  cidr_block   = "10.4.0.0/24"
  vpc_id       = alicloud_vpc.default.id
  zone_id      = data.alicloud_zones.default.zones[0].id
}

resource "alicloud_security_group" "default" {
  vpc_id              = alicloud_vpc.default.id
  security_group_name = local.name
}

# The deprecated ENI resource, with no name.
resource "alicloud_network_interface" "default" {
  security_group_ids = [alicloud_security_group.default.id]
  vswitch_id         = alicloud_vswitch.default.id
}

module "associate-with-network-interface" {
  source = "../../../modules/terraform-alicloud-eip-v2/modules/associate-with-network-interface"

  name                 = local.name
  bandwidth            = 5
  internet_charge_type = "PayByTraffic"
  instance_charge_type = "PostPaid"
  period               = 1
  tags = {
    Env      = "Private"
    Location = "foo"
  }

  # The ENI above, plus any ENI the lookup finds (none here).
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
