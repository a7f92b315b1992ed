# alibabacloud-automation/terraform-alicloud-vpc, examples/complete, unchanged but for the
# module's source: the VPC in the account's first resource group with three VSwitches in
# cn-hangzhou-e/-f/-g, and a second call (create = false) that makes nothing.
terraform {
  required_version = ">= 1.0"
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.200.0"
    }
  }
}

provider "alicloud" {
  region = "cn-hangzhou"
}

data "alicloud_resource_manager_resource_groups" "default" {
}

module "vpc" {
  source = "../../../modules/terraform-alicloud-vpc-v2"

  vpc_name          = "complete-example"
  vpc_cidr          = "10.10.0.0/16"
  resource_group_id = data.alicloud_resource_manager_resource_groups.default.ids[0]

  availability_zones = ["cn-hangzhou-e", "cn-hangzhou-f", "cn-hangzhou-g"]
  vswitch_cidrs      = ["10.10.1.0/24", "10.10.2.0/24", "10.10.3.0/24"]

  vpc_tags = {
    Owner       = "user"
    Environment = "staging"
    Name        = "complete"
  }

  vswitch_tags = {
    Project  = "Secret"
    Endpoint = "true"
  }
}

module "vpc_zero" {
  source = "../../../modules/terraform-alicloud-vpc-v2"

  create   = false
  vpc_name = "complete-example"
  vpc_cidr = "10.10.0.0/16"

  availability_zones = ["cn-hangzhou-e", "cn-hangzhou-f", "cn-hangzhou-g"]
  vswitch_cidrs      = ["10.10.1.0/24", "10.10.2.0/24", "10.10.3.0/24"]
}

output "vpc_id" {
  value = module.vpc.this_vpc_id
}

output "vpc_cidr_block" {
  value = module.vpc.this_vpc_cidr_block
}

output "vpc_tags" {
  value = module.vpc.this_vpc_tags
}

output "vpc_name" {
  value = module.vpc.this_vpc_name
}

output "this_resource_group_id" {
  value = module.vpc.this_resource_group_id
}

output "vswitch_ids" {
  value = module.vpc.this_vswitch_ids
}

output "vswitch_tags" {
  value = module.vpc.this_vswitch_tags
}

output "vswitch_cidr_block" {
  value = module.vpc.this_vswitch_cidr_blocks
}

output "vswitch_name" {
  value = module.vpc.this_vswitch_names
}
