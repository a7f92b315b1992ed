# alibabacloud-automation/terraform-alicloud-snat, examples/complete, unchanged but for the module
# sources: the SNAT module itself and the registry's alibaba/vpc 2.0.0, alibaba/security-group
# 3.0.0, alibaba/ecs-instance 4.0.0 and terraform-alicloud-modules/eip 3.0.1, all vendored under
# ../../../modules. Five ecs.g9i instances (2 vCPU, 8 GiB) in cn-zhangjiakou, an Enhanced NAT
# gateway bound to five EIPs, and SNAT entries by CIDR, by VSwitch and by instance.
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

variable "nat_type" {
  type    = string
  default = "Enhanced"
}

variable "specification" {
  type    = string
  default = "Small"
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

variable "name" {
  type    = string
  default = "tf-snat-name"
}

data "alicloud_zones" "default" {
}

data "alicloud_instance_types" "default" {
  availability_zone    = data.alicloud_zones.default.zones[0].id
  cpu_core_count       = 2
  memory_size          = 8
  instance_type_family = "ecs.g9i"
}

data "alicloud_images" "default" {
  most_recent   = true
  owners        = "system"
  instance_type = data.alicloud_instance_types.default.instance_types[0].id
}

module "vpc" {
  source = "../../../modules/terraform-alicloud-vpc-v2"

  create             = true
  vpc_cidr           = "172.16.0.0/12"
  vswitch_cidrs      = [cidrsubnet("172.16.0.0/12", 8, 8), cidrsubnet("172.16.0.0/12", 8, 10), cidrsubnet("172.16.0.0/12", 8, 12), cidrsubnet("172.16.0.0/12", 8, 16), cidrsubnet("172.16.0.0/12", 8, 18)]
  availability_zones = [data.alicloud_zones.default.zones[0].id]
}

module "security_group" {
  source = "../../../modules/terraform-alicloud-security-group-v2"

  vpc_id = module.vpc.this_vpc_id
}

module "ecs_instance" {
  source = "../../../modules/terraform-alicloud-ecs-instance-v2"

  number_of_instances = 5

  instance_type               = data.alicloud_instance_types.default.instance_types[0].id
  image_id                    = data.alicloud_images.default.images[0].id
  vswitch_ids                 = module.vpc.this_vswitch_ids
  security_group_ids          = [module.security_group.this_security_group_id]
  associate_public_ip_address = false
  system_disk_category        = "cloud_essd"
  system_disk_size            = var.system_disk_size
}

resource "alicloud_nat_gateway" "this" {
  vpc_id               = module.vpc.this_vpc_id
  vswitch_id           = module.vpc.this_vswitch_ids[0]
  nat_type             = var.nat_type
  specification        = var.specification
  payment_type         = "PayAsYouGo"
  internet_charge_type = "PayByLcu"
  period               = var.period
}

module "eip" {
  source = "../../../modules/terraform-alicloud-eip-v2"

  number_of_eips       = 5
  bandwidth            = var.eip_bandwidth
  internet_charge_type = "PayByTraffic"
  instance_charge_type = "PostPaid"
  period               = var.eip_period
  isp                  = "BGP"
}

resource "alicloud_eip_association" "this" {
  count         = 5
  allocation_id = module.eip.this_eip_id[count.index]
  instance_id   = alicloud_nat_gateway.this.id
}

module "complete" {
  source = "../../../modules/terraform-alicloud-snat-v2"

  create = true

  nat_gateway_id = alicloud_nat_gateway.this.id
  snat_table_id  = alicloud_nat_gateway.this.snat_table_ids

  snat_with_source_cidrs = [
    {
      name         = var.name
      source_cidrs = [format("%s/32", module.ecs_instance.this_private_ip[0])]
      snat_ip      = module.eip.this_eip_address[0]
    }
  ]

  snat_with_vswitch_ids = [
    {
      name        = var.name
      vswitch_ids = [module.vpc.this_vswitch_ids[1]]
      snat_ip     = module.eip.this_eip_address[1]
    }
  ]

  snat_with_instance_ids = [
    {
      name         = var.name
      instance_ids = [module.ecs_instance.this_instance_id[2]]
      snat_ip      = module.eip.this_eip_address[2]
    }
  ]
}

output "this_nat_gateway_id" {
  value = alicloud_nat_gateway.this.id
}

output "this_snat_table_id" {
  value = alicloud_nat_gateway.this.snat_table_ids
}

output "this_eip_ids" {
  value = module.eip.this_eip_id
}
