terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.56.0"
    }
  }
}

provider "alicloud" {
  region               = "cn-hangzhou"
  configuration_source = "corpus/security-group-module"
}

resource "alicloud_vpc" "default" {
  vpc_name   = "corpus-sg"
  cidr_block = "172.16.0.0/16"
}

module "app_sg" {
  source = "./modules/security-group"
  name   = "corpus-app"
  vpc_id = alicloud_vpc.default.id
  tags   = { Tier = "app" }
}

module "web_sg" {
  source              = "./modules/security-group"
  name                = "corpus-web"
  vpc_id              = alicloud_vpc.default.id
  ingress_rules       = ["http-80-tcp", "https-443-tcp", "all-icmp"]
  ingress_cidr_blocks = ["10.10.0.0/16", "192.168.0.0/24"]
  ingress_with_source_security_group_id = [
    { rule = "mysql-tcp", source_security_group_id = module.app_sg.this_security_group_id, priority = "1" },
  ]
}

output "web_rules" {
  value = length(module.web_sg.rule_ids)
}
