# alibabacloud-automation/terraform-alicloud-network-with-nat, examples/complete, unchanged but for
# the module sources (the module itself, alibaba/security-group 3.0.0, alibaba/ecs-instance 4.0.0
# and terraform-alicloud-modules/eip 3.0.1, vendored under ../../../modules) and the layout (its
# variables, outputs and versions files are folded into this one). In cn-zhangjiakou: six ecs.g9i
# instances in a VPC of six VSwitches, an Enhanced NAT gateway bound to five temporary EIPs and
# the module's own SNAT EIP, a DNAT EIP from a second call, both module EIPs in EIP bandwidth
# plans (one per call), and SNAT entries by VSwitch, CIDR and instance plus one DNAT entry.
terraform {
  required_version = ">= 0.13"
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.200.0"
    }
  }
}

provider "alicloud" {
  region = "cn-zhangjiakou"
}

variable "system_disk_size" {
  type    = number
  default = 50
}
variable "vpc_name" {
  type    = string
  default = "tf-vpc-name"
}
variable "vpc_description" {
  type    = string
  default = "tf-vpc-description"
}
variable "vpc_tags" {
  type    = map(string)
  default = { Name = "VPC" }
}
variable "tags" {
  type    = map(string)
  default = { Name = "NETWORK-WITH-NAT" }
}
variable "vswitch_name" {
  type    = string
  default = "tf-vswitch-name"
}
variable "vswitch_description" {
  type    = string
  default = "tf-vswitch-description"
}
variable "vswitch_tags" {
  type    = map(string)
  default = { Name = "VSWITCH" }
}
variable "nat_name" {
  type    = string
  default = "tf-nat-name"
}
variable "nat_type" {
  type    = string
  default = "Enhanced"
}
variable "nat_specification" {
  type    = string
  default = "Small"
}
variable "nat_description" {
  type    = string
  default = "tf-nat-description"
}
variable "nat_period" {
  type    = number
  default = 1
}
variable "bandwidth_package_name" {
  type    = string
  default = "tf-bandwidth-package-name"
}
variable "cbp_bandwidth" {
  type    = number
  default = 5
}
variable "eip_name" {
  type    = string
  default = "tf-eip-name"
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
variable "name" {
  type    = string
  default = "tf-testacc-dnat"
}
variable "ip_protocol" {
  type    = string
  default = "tcp"
}
variable "external_port" {
  type    = string
  default = "80"
}
variable "internal_port" {
  type    = string
  default = "8080"
}

data "alicloud_zones" "default" {}

data "alicloud_instance_types" "default" {
  availability_zone    = data.alicloud_zones.default.zones[0].id
  cpu_core_count       = 2
  memory_size          = 8
  instance_type_family = "ecs.g9i"
}

data "alicloud_images" "default" {
  most_recent   = true
  instance_type = data.alicloud_instance_types.default.instance_types[0].id
  owners        = "system"
}

resource "alicloud_eip_association" "snat" {
  count         = 5
  allocation_id = module.temp_snat_eip.this_eip_id[count.index]
  instance_id   = module.nat_eip_snat.this_nat_gateway_id
}

module "security_group" {
  source = "../../../modules/terraform-alicloud-security-group-v2"

  vpc_id = module.vpc.this_vpc_id
}

module "ecs_instance" {
  source = "../../../modules/terraform-alicloud-ecs-instance-v2"

  number_of_instances = 6

  instance_type               = data.alicloud_instance_types.default.instance_types[0].id
  image_id                    = data.alicloud_images.default.images[0].id
  vswitch_ids                 = module.vpc.this_vswitch_ids
  security_group_ids          = [module.security_group.this_security_group_id]
  associate_public_ip_address = false
  system_disk_category        = "cloud_essd"
  system_disk_size            = var.system_disk_size
}

module "temp_snat_eip" {
  source = "../../../modules/terraform-alicloud-eip-v2"

  number_of_eips       = 5
  bandwidth            = var.eip_bandwidth
  internet_charge_type = "PayByTraffic"
  instance_charge_type = "PostPaid"
  period               = var.eip_period
  isp                  = "BGP"
}

# The VPC and its six VSwitches, nothing else.
module "vpc" {
  source = "../../../modules/terraform-alicloud-network-with-nat"

  use_existing_vpc = false
  create_vpc       = true

  vpc_name        = var.vpc_name
  vpc_cidr        = "172.16.0.0/16"
  vpc_description = var.vpc_description
  vpc_tags        = var.vpc_tags
  tags            = var.tags

  vswitch_cidrs = [
    cidrsubnet("172.16.0.0/12", 8, 8), cidrsubnet("172.16.0.0/12", 8, 9), cidrsubnet("172.16.0.0/12", 8, 10),
    cidrsubnet("172.16.0.0/12", 8, 11), cidrsubnet("172.16.0.0/12", 8, 12), cidrsubnet("172.16.0.0/12", 8, 15)
  ]
  availability_zones  = [data.alicloud_zones.default.zones[0].id]
  use_num_suffix      = true
  vswitch_name        = var.vswitch_name
  vswitch_description = var.vswitch_description
  vswitch_tags        = var.vswitch_tags

  create_nat         = false
  number_of_snat_eip = 0
  create_snat        = false
  number_of_dnat_eip = 0
  create_dnat        = false
}

# The NAT gateway in that VPC, one SNAT EIP in a bandwidth plan, and SNAT entries.
module "nat_eip_snat" {
  source = "../../../modules/terraform-alicloud-network-with-nat"

  create_vpc       = false
  use_existing_vpc = true

  create_nat           = true
  existing_vpc_id      = module.vpc.this_vpc_id
  vswitch_id           = module.vpc.this_vswitch_ids[0]
  nat_name             = var.nat_name
  nat_type             = var.nat_type
  nat_specification    = var.nat_specification
  nat_description      = var.nat_description
  payment_type         = "PayAsYouGo"
  internet_charge_type = "PayByLcu"
  nat_period           = var.nat_period

  bandwidth_package_name   = var.bandwidth_package_name
  cbp_bandwidth            = var.cbp_bandwidth
  cbp_internet_charge_type = "PayByBandwidth"
  cbp_ratio                = 100

  number_of_snat_eip       = 1
  eip_name                 = var.eip_name
  use_num_suffix           = false
  eip_bandwidth            = var.eip_bandwidth
  eip_internet_charge_type = "PayByTraffic"
  eip_instance_charge_type = "PostPaid"
  eip_period               = var.eip_period
  eip_isp                  = "BGP"
  eip_tags                 = var.eip_tags

  create_snat = true
  vswitch_ids = [module.vpc.this_vswitch_ids[0]]
  snat_with_source_cidrs = [
    {
      name         = var.eip_name
      source_cidrs = [format("%s/32", module.ecs_instance.this_private_ip[1])]
      snat_ip      = module.temp_snat_eip.this_eip_address[1]
    }
  ]
  snat_with_instance_ids = [
    {
      name         = var.eip_name
      instance_ids = [module.ecs_instance.this_instance_id[2]]
      snat_ip      = module.temp_snat_eip.this_eip_address[2]
    }
  ]

  number_of_dnat_eip = 0
  create_dnat        = false
}

# A DNAT EIP in a second bandwidth plan, bound to the gateway above, and one DNAT entry.
module "eip_dnat" {
  source = "../../../modules/terraform-alicloud-network-with-nat"

  create_vpc       = false
  use_existing_vpc = true
  create_nat       = false

  bandwidth_package_name   = var.bandwidth_package_name
  cbp_bandwidth            = var.cbp_bandwidth
  cbp_internet_charge_type = "PayByBandwidth"
  cbp_ratio                = 100

  number_of_snat_eip = 0
  create_snat        = false

  number_of_dnat_eip       = 1
  eip_name                 = var.eip_name
  use_num_suffix           = false
  eip_bandwidth            = var.eip_bandwidth
  eip_internet_charge_type = "PayByTraffic"
  eip_instance_charge_type = "PostPaid"
  eip_period               = var.eip_period
  eip_isp                  = "BGP"
  eip_tags                 = var.eip_tags

  dnat_eip_association_instance_id = module.nat_eip_snat.this_nat_gateway_id

  create_dnat   = true
  dnat_table_id = module.nat_eip_snat.this_forward_table_id
  dnat_entries = [
    {
      name          = var.name
      ip_protocol   = var.ip_protocol
      external_port = var.external_port
      internal_port = var.internal_port
      internal_ip   = module.ecs_instance.this_private_ip[5]
    }
  ]
}

output "this_eip_snat_ids" { value = module.nat_eip_snat.this_eip_snat_ids }
output "this_eip_snat_ips" { value = module.nat_eip_snat.this_eip_snat_ips }
output "this_eip_dnat_ids" { value = module.eip_dnat.this_eip_dnat_ids }
output "this_eip_dnat_ips" { value = module.eip_dnat.this_eip_dnat_ips }
output "this_snat_table_id" { value = module.nat_eip_snat.this_snat_table_id }
output "this_vswitch_ids" { value = module.vpc.this_vswitch_ids }
output "this_forward_table_id" { value = module.nat_eip_snat.this_forward_table_id }
output "this_vpc_id" { value = module.vpc.this_vpc_id }
output "this_nat_gateway_id" { value = module.nat_eip_snat.this_nat_gateway_id }
