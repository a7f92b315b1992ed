# An EIP bound to an instance, as the alicloud_eip_association page does it.
terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.126.0"
    }
  }
}

provider "alicloud" {
  region = "cn-hangzhou"
}

variable "name" {
  default = "corpus-eip"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
  available_instance_type     = "ecs.c7.large"
}

resource "alicloud_vpc" "example" {
  vpc_name   = var.name
  cidr_block = "10.1.0.0/21"
}

resource "alicloud_vswitch" "example" {
  vpc_id       = alicloud_vpc.example.id
  cidr_block   = "10.1.1.0/24"
  zone_id      = data.alicloud_zones.default.zones[0].id
  vswitch_name = var.name
}

resource "alicloud_security_group" "example" {
  security_group_name = var.name
  vpc_id              = alicloud_vpc.example.id
}

resource "alicloud_instance" "example" {
  availability_zone    = data.alicloud_zones.default.zones[0].id
  instance_name        = var.name
  image_id             = "aliyun_3_x64_20G_alibase_20240528.vhd"
  instance_type        = "ecs.c7.large"
  security_groups      = [alicloud_security_group.example.id]
  vswitch_id           = alicloud_vswitch.example.id
  system_disk_category = "cloud_essd"
  tags = {
    Created = "TF"
  }
}

resource "alicloud_eip_address" "example" {
  address_name         = var.name
  bandwidth            = "5"
  internet_charge_type = "PayByTraffic"
  isp                  = "BGP"
}

resource "alicloud_eip_association" "example" {
  allocation_id = alicloud_eip_address.example.id
  instance_id   = alicloud_instance.example.id
}

output "public_ip" {
  value = alicloud_eip_address.example.ip_address
}
