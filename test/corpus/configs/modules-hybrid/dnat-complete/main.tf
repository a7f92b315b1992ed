# alibabacloud-automation/terraform-alicloud-dnat, examples/complete (2026 snapshot), unchanged but
# for the module sources: the DNAT module itself and the registry's alibaba/vpc 2.0.0,
# alibaba/security-group 3.0.0, alibaba/ecs-instance 4.0.0 and terraform-alicloud-modules/eip 3.0.1,
# all vendored under ../../../modules. One ecs.g9i instance (2 vCPU, 8 GiB) in ap-southeast-5's
# first zone, an Enhanced NAT gateway bound to one EIP, and one DNAT entry (tcp 80 on the EIP to
# 8080 on the instance) through the module, which takes the gateway's forward table.
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
  region = "ap-southeast-5"
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

variable "entries" {
  type = list(map(string))
  default = [
    {
      name          = "tf-dnat"
      ip_protocol   = "tcp"
      external_port = "80"
      internal_port = "8080"
    }
  ]
}

data "alicloud_zones" "default" {
}

data "alicloud_images" "default" {
  instance_type = data.alicloud_instance_types.default.instance_types[0].id
  owners        = "system"
  most_recent   = true
}

data "alicloud_instance_types" "default" {
  availability_zone    = data.alicloud_zones.default.zones[0].id
  cpu_core_count       = 2
  memory_size          = 8
  instance_type_family = "ecs.g9i"
}

module "vpc" {
  source = "../../../modules/terraform-alicloud-vpc-v2"

  create             = true
  vpc_cidr           = "172.16.0.0/16"
  vswitch_cidrs      = ["172.16.0.0/21"]
  availability_zones = [data.alicloud_zones.default.zones[0].id]
}

module "security_group" {
  source = "../../../modules/terraform-alicloud-security-group-v2"

  vpc_id = module.vpc.this_vpc_id
}

module "ecs-instance" {
  source = "../../../modules/terraform-alicloud-ecs-instance-v2"

  number_of_instances = 1

  instance_type               = data.alicloud_instance_types.default.instance_types[0].id
  image_id                    = data.alicloud_images.default.images[0].id
  vswitch_ids                 = [module.vpc.this_vswitch_ids[0]]
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

  number_of_eips       = 1
  bandwidth            = var.eip_bandwidth
  internet_charge_type = "PayByTraffic"
  instance_charge_type = "PostPaid"
  period               = var.eip_period
  isp                  = "BGP"
}

resource "alicloud_eip_association" "this" {
  allocation_id = module.eip.this_eip_id[0]
  instance_id   = alicloud_nat_gateway.this.id
}

module "complete" {
  source = "../../../modules/terraform-alicloud-dnat-v2"

  create = true

  nat_gateway_id = alicloud_nat_gateway.this.id
  dnat_table_id  = alicloud_nat_gateway.this.forward_table_ids
  external_ip    = module.eip.this_eip_address[0]
  internal_ip    = module.ecs-instance.this_private_ip[0]
  entries        = var.entries
}

output "this_nat_gateway_id" {
  value = alicloud_nat_gateway.this.id
}

output "this_dnat_table_id" {
  value = alicloud_nat_gateway.this.forward_table_ids
}

output "this_eip_ids" {
  value = module.eip.this_eip_id
}
