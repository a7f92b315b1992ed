# alicloud_security_groups docs page, example 1: groups by name pattern written to a file, and
# the groups of a VPC whose body the page leaves empty ("# ..."), WITH a group in that VPC: a new
# VPC has no security group, so the page's groups.0 presumes one.
data "alicloud_security_groups" "sec_groups_ds" {
  output_file = "web_access.json"
  name_regex  = "^web-"
}

resource "alicloud_vpc" "primary_vpc_ds" {
}

resource "alicloud_security_group" "web" {
  vpc_id              = alicloud_vpc.primary_vpc_ds.id
  security_group_name = "web-1"
}

data "alicloud_security_groups" "primary_sec_groups_ds" {
  vpc_id = "${alicloud_security_group.web.vpc_id}"
}

output "first_group_id" {
  value = "${data.alicloud_security_groups.primary_sec_groups_ds.groups.0.id}"
}
