# alicloud_vpc docs page, example 1: a /8 VPC with IPv6 enabled.
variable "name" {
  default = "terraform-example"
}

resource "alicloud_vpc" "default" {
  vpc_name    = var.name
  cidr_block  = "10.0.0.0/8"
  enable_ipv6 = true
  description = "example description"
}
