# Resources read back through the list data sources (alicloud_vpcs, alicloud_vswitches) with the
# filters the docs pages use: name_regex, cidr_block, vpc_id, ids.
terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.120.0"
    }
  }
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "one" {
  vpc_name   = "corpus-lookup-one"
  cidr_block = "192.168.0.0/16"
}

resource "alicloud_vswitch" "one" {
  vswitch_name = "corpus-lookup-one"
  vpc_id       = alicloud_vpc.one.id
  cidr_block   = "192.168.1.0/24"
  zone_id      = data.alicloud_zones.default.zones[0].id
}

data "alicloud_vpcs" "by_name" {
  name_regex = "^corpus-lookup-"
  cidr_block = "192.168.0.0/16"
  depends_on = [alicloud_vpc.one]
}

data "alicloud_vswitches" "in_vpc" {
  vpc_id = alicloud_vpc.one.id
  ids    = [alicloud_vswitch.one.id]
}

# A second VSwitch placed through what the lookups returned.
resource "alicloud_vswitch" "two" {
  vswitch_name = "corpus-lookup-two"
  vpc_id       = data.alicloud_vpcs.by_name.vpcs[0].id
  cidr_block   = "192.168.2.0/24"
  zone_id      = data.alicloud_vswitches.in_vpc.vswitches[0].zone_id
}
