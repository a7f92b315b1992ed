provider "alicloud" {
  region = "cn-hangzhou"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

module "network" {
  source = "./modules/network"

  vpc_name           = "corpus-module"
  vpc_cidr           = "10.10.0.0/16"
  vswitch_cidrs      = ["10.10.1.0/24", "10.10.2.0/24", "10.10.3.0/24"]
  availability_zones = slice(data.alicloud_zones.default.ids, 0, 2)
  vpc_tags = {
    Owner       = "corpus"
    Environment = "staging"
  }
  vswitch_tags = {
    Project = "corpus"
  }
}

# Creates nothing, as the community modules' "zero" examples do.
module "network_zero" {
  source = "./modules/network"

  create        = false
  vswitch_cidrs = ["10.20.1.0/24"]
}

output "vswitch_ids" {
  value = module.network.vswitch_ids
}
