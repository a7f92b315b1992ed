# alicloud_vswitches docs page, example 1: a VSwitch (deprecated availability_zone) found by name.
variable "name" {
  default = "vswitchDatasourceName"
}

data "alicloud_zones" "default" {}

resource "alicloud_vpc" "vpc" {
  vpc_name   = "${var.name}"
  cidr_block = "172.16.0.0/16"
}

resource "alicloud_vswitch" "vswitch" {
  vpc_id            = "${alicloud_vpc.vpc.id}"
  vswitch_name      = "${var.name}"
  availability_zone = "${data.alicloud_zones.default.zones.0.id}"
  cidr_block        = "172.16.0.0/24"
}

data "alicloud_vswitches" "default" {
  name_regex = "${alicloud_vswitch.vswitch.vswitch_name}"
}
