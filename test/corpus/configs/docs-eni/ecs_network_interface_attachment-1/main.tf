# alicloud_ecs_network_interface_attachment docs page, example 1: an ENI attached to an Ubuntu 18
# instance whose type takes at least three ENIs.
variable "name" {
  default = "tf-example"
}

data "alicloud_zones" "default" {
  available_resource_creation = "Instance"
}

data "alicloud_instance_types" "default" {
  availability_zone = data.alicloud_zones.default.zones.0.id
  eni_amount        = 3
}

data "alicloud_images" "default" {
  owners      = "system"
  most_recent = true
  name_regex  = "^ubuntu_18.*64"
}

data "alicloud_resource_manager_resource_groups" "default" {
  status = "OK"
}

resource "alicloud_vpc" "default" {
  cidr_block = "192.168.0.0/24"
  vpc_name   = var.name
}

resource "alicloud_vswitch" "default" {
  vpc_id       = alicloud_vpc.default.id
  zone_id      = data.alicloud_zones.default.zones.0.id
  cidr_block   = "192.168.0.0/24"
  vswitch_name = var.name
}

resource "alicloud_security_group" "default" {
  vpc_id      = alicloud_vpc.default.id
  name        = var.name
  description = "New security group"
}

resource "alicloud_instance" "default" {
  instance_name     = var.name
  host_name         = "tf-example"
  availability_zone = data.alicloud_zones.default.zones.0.id
  vswitch_id        = alicloud_vswitch.default.id
  security_groups   = [alicloud_security_group.default.id]
  image_id          = data.alicloud_images.default.images.0.id
  instance_type     = data.alicloud_instance_types.default.instance_types.0.id
}

resource "alicloud_ecs_network_interface" "default" {
  vswitch_id             = alicloud_vswitch.default.id
  security_group_ids     = [alicloud_security_group.default.id]
  network_interface_name = var.name
  primary_ip_address     = "192.168.0.2"
  description            = "Basic example"
  resource_group_id      = data.alicloud_resource_manager_resource_groups.default.ids.0
  tags = {
    Created = "TF",
    For     = "example",
  }
}

resource "alicloud_ecs_network_interface_attachment" "default" {
  instance_id          = alicloud_instance.default.id
  network_interface_id = alicloud_ecs_network_interface.default.id
}
