# alicloud_security_group docs page, example 1: a group with no VPC (a classic-network group).
resource "alicloud_security_group" "default" {
  security_group_name = "terraform-example"
}
