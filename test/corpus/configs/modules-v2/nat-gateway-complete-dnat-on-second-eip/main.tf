# alibabacloud-automation/terraform-alicloud-nat-gateway, examples/complete, as a variant: an
# Enhanced gateway in a new VPC, a second call that binds two new EIPs to it as an existing
# gateway, and a DNAT and a SNAT entry through the module's sub-modules. No provider block, as in
# the example. Module sources point at the vendored copies (alibaba/vpc 2.0.0 is ours too).
# The one change: the DNAT entry takes the second EIP. The example gives the first EIP to both
# the SNAT and the DNAT entry, which the sandbox refuses (Forbidden.ExternalIp.UsedInSnatTable)
# after the guide's rule that one address serves SNAT or DNAT, not both; the current API relaxes
# that for port-mapping DNAT (see EXCLUDED.md and the README's differences).
terraform {
  required_version = ">= 1.0"
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.200.0"
    }
  }
}

variable "name" {
  type    = string
  default = "tf-nat-gateway-name"
}

variable "nat_type" {
  type    = string
  default = "Enhanced"
}

variable "specification" {
  type    = string
  default = "Small"
}

variable "description" {
  type    = string
  default = "tf-description"
}

variable "period" {
  type    = number
  default = 1
}

variable "eip_bandwidth" {
  type    = number
  default = 5
}

variable "eip_period" {
  type    = number
  default = 1
}

variable "eip_tags" {
  type    = map(string)
  default = { Name = "EIP" }
}

variable "external_ports" {
  type    = list(string)
  default = [80]
}

variable "ip_protocols" {
  type    = list(string)
  default = ["tcp"]
}

variable "internal_ips" {
  type    = list(string)
  default = ["172.16.0.3"]
}

variable "internal_ports" {
  type    = list(string)
  default = [8080]
}

data "alicloud_zones" "default" {
}

module "vpc" {
  source = "../../../modules/terraform-alicloud-vpc-v2"

  create             = true
  vpc_cidr           = "172.16.0.0/16"
  vswitch_cidrs      = ["172.16.0.0/21"]
  availability_zones = [data.alicloud_zones.default.zones[0].id]
}

module "nat_gateway" {
  source = "../../../modules/terraform-alicloud-nat-gateway-v2"

  use_existing_nat_gateway = false
  create                   = true

  vpc_id               = module.vpc.this_vpc_id
  vswitch_id           = module.vpc.this_vswitch_ids[0]
  name                 = var.name
  nat_type             = var.nat_type
  specification        = var.specification
  description          = var.description
  payment_type         = "PayAsYouGo"
  internet_charge_type = "PayByLcu"
  period               = var.period

  create_eip = false
}

module "use_existing_id" {
  source = "../../../modules/terraform-alicloud-nat-gateway-v2"

  use_existing_nat_gateway = true
  create                   = false

  create_eip               = true
  number_of_eip            = 2
  existing_nat_gateway_id  = module.nat_gateway.this_nat_gateway_id
  eip_name                 = "TF-EIP-for-Nat"
  use_num_suffix           = false
  eip_bandwidth            = var.eip_bandwidth
  eip_internet_charge_type = "PayByTraffic"
  eip_instance_charge_type = "PostPaid"
  eip_period               = var.eip_period
  eip_tags                 = var.eip_tags
  eip_isp                  = "BGP"
}

module "dnat_entry" {
  source = "../../../modules/terraform-alicloud-nat-gateway-v2/modules/dnat_entry"

  dnat_count       = 1
  forward_table_id = module.nat_gateway.this_forward_table_id
  external_ips     = [module.use_existing_id.this_eip_ips[1]]
  external_ports   = var.external_ports
  ip_protocols     = var.ip_protocols
  internal_ips     = var.internal_ips
  internal_ports   = var.internal_ports
}

module "snat_entry" {
  source = "../../../modules/terraform-alicloud-nat-gateway-v2/modules/snat_entry"

  snat_count    = 1
  snat_table_id = module.nat_gateway.this_snat_table_id
  source_cidrs  = [module.vpc.cidr_block]
  snat_ips      = module.use_existing_id.this_eip_ips
}

output "this_nat_gateway_id" {
  value = module.nat_gateway.this_nat_gateway_id
}

output "this_forward_table_id" {
  value = module.nat_gateway.this_dnat_table_id
}

output "this_dnat_table_id" {
  value = module.nat_gateway.this_dnat_table_id
}

output "this_snat_table_id" {
  value = module.nat_gateway.this_snat_table_id
}

output "this_nat_gateway_name" {
  value = module.nat_gateway.this_nat_gateway_name
}
