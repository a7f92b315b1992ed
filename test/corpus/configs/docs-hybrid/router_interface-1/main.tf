# alicloud_router_interface docs page, example 1: the initiating side of a VPC interconnection
# towards cn-beijing.
resource "alicloud_vpc" "foo" {
  cidr_block = "172.16.0.0/12"
  vpc_name   = "tf_test_foo12345"
}

resource "alicloud_router_interface" "interface" {
  router_id       = alicloud_vpc.foo.router_id
  router_type     = "VRouter"
  role            = "InitiatingSide"
  opposite_region = "cn-beijing"
  specification   = "Large.2"
  name            = "test1"
  description     = "test1"
}
