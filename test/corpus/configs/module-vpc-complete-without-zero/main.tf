# terraform-alicloud-vpc, examples/complete, with two changes (see EXCLUDED.md):
#  - without the `vpc_zero` call (create = false): the module's output this_resource_group_id
#    indexes an empty list then (`concat(alicloud_vpc.vpc.*.resource_group_id, [])[0]`), which
#    Terraform itself refuses at plan ("Invalid index"), whatever the provider or cloud;
#  - without `resource_group_id = "rg-acfmwvvtg5o****"`, a placeholder no account has. The module
#    then passes its default "" to alicloud_vpc, which means "the account's default group".
# The rest as in the example: a VPC with three VSwitches in cn-hangzhou-e/-f/-g, tags, the
# example's outputs, and a provider block naming a profile.
variable "profile" {
  default = "default"
}

variable "region" {
  default = "cn-hangzhou"
}

provider "alicloud" {
  region  = var.region
  profile = var.profile
}

module "vpc" {
  source  = "../../modules/terraform-alicloud-vpc"
  region  = var.region
  profile = var.profile

  vpc_name = "complete-example"
  vpc_cidr = "10.10.0.0/16"
  vpc_tags = {
    Name        = "complete"
    Environment = "staging"
    Owner       = "user"
  }

  availability_zones = ["cn-hangzhou-e", "cn-hangzhou-f", "cn-hangzhou-g"]
  vswitch_cidrs      = ["10.10.1.0/24", "10.10.2.0/24", "10.10.3.0/24"]
  vswitch_tags = {
    Endpoint = "true"
    Project  = "Secret"
  }
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
