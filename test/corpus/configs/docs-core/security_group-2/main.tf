# alicloud_security_group docs page, example 2: a group in a VPC.
resource "alicloud_vpc" "default" {
  cidr_block = "172.16.0.0/16"
  vpc_name   = "terraform-example"
}

resource "alicloud_security_group" "default" {
  vpc_id              = alicloud_vpc.default.id
  security_group_name = "terraform-example"
}
