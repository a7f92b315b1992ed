# alicloud_route_entries docs page, example 1: a custom route (172.11.1.1/32) through an instance
# (1 core, 2 GiB, the newest Ubuntu 18 system image, a public IP) in a VPC and VSwitch written
# with the deprecated aliases, an SSH ingress rule, and the listing of the VPC's route table.
data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}

data "alicloud_instance_types" "default" {
  availability_zone = data.alicloud_zones.default.zones.0.id
  cpu_core_count    = 1
  memory_size       = 2
}

data "alicloud_images" "default" {
  name_regex  = "^ubuntu_18.*64"
  owners      = "system"
  most_recent = true
}

variable "name" {
  default = "tf-testAccRouteEntryConfig"
}

resource "alicloud_vpc" "foo" {
  name       = var.name
  cidr_block = "10.1.0.0/21"
}

resource "alicloud_vswitch" "foo" {
  vswitch_name      = var.name
  vpc_id            = alicloud_vpc.foo.id
  availability_zone = data.alicloud_zones.default.zones.0.id
  cidr_block        = "10.1.1.0/24"
}

resource "alicloud_route_entry" "foo" {
  route_table_id        = alicloud_vpc.foo.route_table_id
  destination_cidrblock = "172.11.1.1/32"
  nexthop_type          = "Instance"
  nexthop_id            = alicloud_instance.foo.id
}

resource "alicloud_security_group" "tf_test_foo" {
  name        = var.name
  vpc_id      = alicloud_vpc.foo.id
  description = "foo"
}

resource "alicloud_security_group_rule" "ingress" {
  security_group_id = alicloud_security_group.tf_test_foo.id
  type              = "ingress"
  ip_protocol       = "tcp"
  nic_type          = "intranet"
  policy            = "accept"
  priority          = 1
  port_range        = "22/22"
  cidr_ip           = "0.0.0.0/0"
}

resource "alicloud_instance" "foo" {
  instance_name        = var.name
  security_groups      = [alicloud_security_group.tf_test_foo.id]
  vswitch_id           = alicloud_vswitch.foo.id
  allocate_public_ip   = true
  instance_charge_type = "PostPaid"
  instance_type        = data.alicloud_instance_types.default.instance_types.0.id
  image_id             = data.alicloud_images.default.images.0.id
  system_disk_category = "cloud_efficiency"

  internet_charge_type       = "PayByTraffic"
  internet_max_bandwidth_out = 5
}

data "alicloud_route_entries" "foo" {
  route_table_id = alicloud_route_entry.foo.route_table_id
}
