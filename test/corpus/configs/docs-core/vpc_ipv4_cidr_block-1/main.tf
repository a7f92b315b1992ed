# alicloud_vpc_ipv4_cidr_block docs page, example 1: a VPC given only a description (no
# cidr_block), then a secondary block.
variable "name" {
  default = "terraform-example"
}

provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_vpc" "defaultvpc" {
  description = var.name
}

resource "alicloud_vpc_ipv4_cidr_block" "default" {
  vpc_id               = alicloud_vpc.defaultvpc.id
  secondary_cidr_block = "192.168.0.0/16"
}
