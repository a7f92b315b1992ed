# A VPC and one VSwitch in the first zone that can hold one, as the real provider's
# alicloud_vswitch page shows it: source "aliyun/alicloud" with a minimum-version constraint.
terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.120.0"
    }
  }
}

provider "alicloud" {
  region = "cn-hangzhou"
}

variable "name" {
  default = "corpus-vpc-vswitch"
}

data "alicloud_zones" "vsw" {
  available_resource_creation = "VSwitch"
}

resource "alicloud_vpc" "main" {
  vpc_name    = var.name
  cidr_block  = "172.16.0.0/12"
  description = "corpus: vpc and vswitch"
}

resource "alicloud_vswitch" "main" {
  vswitch_name = var.name
  vpc_id       = alicloud_vpc.main.id
  cidr_block   = "172.16.0.0/21"
  zone_id      = data.alicloud_zones.vsw.zones[0].id
  tags = {
    Environment = "corpus"
    ManagedBy   = "terraform"
  }
}

output "vswitch_zone" {
  value = alicloud_vswitch.main.zone_id
}
