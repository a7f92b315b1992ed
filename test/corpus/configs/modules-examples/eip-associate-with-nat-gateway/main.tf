# examples/associate-with-nat-gateway of alibabacloud-automation/terraform-alicloud-eip (2026), as
# our own HCL with the example's names and values; module source only changed. No provider
# block, as in the example: the provider's fallback region (cn-beijing, as the real provider's).

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

resource "alicloud_nat_gateway" "default" {
  vpc_id           = alicloud_vpc.default.id
  nat_gateway_name = local.name
  payment_type     = "PayAsYouGo"
  vswitch_id       = alicloud_vswitch.default.id
  nat_type         = "Enhanced"
}

module "associate-with-nat" {
  source = "../../../modules/terraform-alicloud-eip-v2/modules/associate-with-nat-gateway"

  name                 = local.name
  bandwidth            = 5
  internet_charge_type = "PayByTraffic"
  instance_charge_type = "PostPaid"
  period               = 1

  # The gateway above, plus any gateway named like "prod*" (none here).
  computed_instances = [
    {
      instance_ids  = [alicloud_nat_gateway.default.id]
      instance_type = "Nat"
      private_ips   = []
    }
  ]
  name_regex = "prod*"
}
