# alibabacloud-automation/terraform-alicloud-route-table, examples/basic (2026 snapshot), as a
# variant. As written it presumes existing resources: the account's VPC named default-NODELETING
# and its VSwitches. The variant creates that VPC (same name) with one VSwitch, and the example's
# two lookups wait for them (depends_on, the one change to the example's own blocks); everything
# else is as written: a custom route table bound to the first VSwitch the lookup finds, in
# cn-beijing. The module is our copy under ../../../modules.
terraform {
  required_version = ">= 1.0"
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.194.0"
    }
  }
}

provider "alicloud" {
  region = "cn-beijing"
}

# What the example presumes (not part of it).
data "alicloud_zones" "presumed" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "presumed" {
  vpc_name   = "default-NODELETING"
  cidr_block = "172.16.0.0/12"
}

resource "alicloud_vswitch" "presumed" {
  vpc_id     = alicloud_vpc.presumed.id
  cidr_block = "172.16.0.0/21"
  zone_id    = data.alicloud_zones.presumed.zones[0].id
}

# The example.
data "alicloud_vpcs" "default" {
  name_regex = "^default-NODELETING$"
  depends_on = [alicloud_vswitch.presumed]
}

data "alicloud_vswitches" "default" {
  vpc_id     = data.alicloud_vpcs.default.ids[0]
  depends_on = [alicloud_vswitch.presumed]
}

module "route_table" {
  source = "../../../modules/terraform-alicloud-route-table"

  route_table_name = "tf-example-basic-route-table"
  vpc_id           = data.alicloud_vpcs.default.ids[0]

  vswitch_ids = {
    default = data.alicloud_vswitches.default.vswitches[0].id
  }
}

output "route_table_id" {
  value = module.route_table.id
}

output "route_table_name" {
  value = module.route_table.name
}
