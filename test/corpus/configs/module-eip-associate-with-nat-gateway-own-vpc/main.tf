# terraform-alicloud-eip, examples/associate-with-nat-gateway, with two changes (see EXCLUDED.md):
#  - a VPC and a VSwitch of its own in place of the account's default VPC (`data "alicloud_vpcs"
#    { is_default = true }`), which an empty account does not have;
#  - the NAT gateway gets that VSwitch and nat_type = "Enhanced": the real API requires a VSwitch
#    for the only NAT type it still creates, so the example as written fails on the real cloud too.
# The rest as in the example: region cn-beijing, the deprecated `name`, the wrapper module with its
# full set of EIP arguments, one computed instance (the gateway) and a name_regex matching nothing.
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
  name       = "vpc-eip-nat-example"
  cidr_block = "172.16.0.0/12"
}

resource "alicloud_vswitch" "default" {
  vpc_id            = alicloud_vpc.default.id
  cidr_block        = "172.16.0.0/21"
  availability_zone = data.alicloud_zones.default.zones.0.id
  name              = "vswitch-eip-nat-example"
}

resource "alicloud_nat_gateway" "default" {
  name       = "test-eip-gateway"
  vpc_id     = alicloud_vpc.default.id
  vswitch_id = alicloud_vswitch.default.id
  nat_type   = "Enhanced"
}

module "associate-with-nat" {
  source = "../../modules/terraform-alicloud-eip/modules/associate-with-nat-gateway"
  region = var.region

  create               = true
  name                 = "eip-nat-example"
  bandwidth            = 5
  internet_charge_type = "PayByTraffic"
  instance_charge_type = "PostPaid"
  period               = 1

  # The gateway is created in this configuration: counted here, bound after apply.
  number_of_computed_instances = 1
  computed_instances = [
    {
      instance_ids  = [alicloud_nat_gateway.default.id]
      instance_type = "Nat"
      private_ips   = []
    }
  ]

  # Gateways found by name (none match in this account).
  name_regex = "prod*"
}

output "this_eip_id" {
  value = module.associate-with-nat.this_eip_id
}

output "this_eip_name" {
  value = module.associate-with-nat.this_eip_name
}

output "this_eip_instance_charge_type" {
  value = module.associate-with-nat.this_eip_instance_charge_type
}

output "this_eip_bandwidth" {
  value = module.associate-with-nat.this_eip_bandwidth
}

output "this_eip_isp" {
  value = module.associate-with-nat.this_eip_isp
}

output "this_eip_status" {
  value = module.associate-with-nat.this_eip_status
}

output "this_eip_address" {
  value = module.associate-with-nat.this_eip_address
}

output "this_eip_tags" {
  value = module.associate-with-nat.this_eip_tags
}

output "this_eip_resource_group_id" {
  value = module.associate-with-nat.this_eip_resource_group_id
}

output "this_eip_association_id" {
  value = module.associate-with-nat.this_eip_association_id
}

output "this_eip_association_instance_id" {
  value = module.associate-with-nat.this_eip_association_instance_id
}

output "this_eip_association_instance_type" {
  value = module.associate-with-nat.this_eip_association_instance_type
}
