# alicloud_eip_association docs page, example 1: an EIP bound to a tagged 1 vCPU / 2 GiB instance
# running the first Ubuntu 18 image.
variable "name" {
  default = "tf-example"
}

data "alicloud_zones" "example" {
  available_resource_creation = "Instance"
}

data "alicloud_instance_types" "example" {
  availability_zone = data.alicloud_zones.example.zones.0.id
  memory_size       = 2
  cpu_core_count    = 1
}

data "alicloud_images" "example" {
  owners     = "system"
  name_regex = "^ubuntu_18.*64"
}

resource "alicloud_vpc" "example" {
  cidr_block = "10.4.0.0/16"
  vpc_name   = var.name
}

resource "alicloud_vswitch" "example" {
  vpc_id       = alicloud_vpc.example.id
  zone_id      = data.alicloud_zones.example.zones.0.id
  cidr_block   = "10.4.0.0/24"
  vswitch_name = var.name
}

resource "alicloud_security_group" "example" {
  vpc_id = alicloud_vpc.example.id
  name   = var.name
}

resource "alicloud_instance" "example" {
  instance_name     = var.name
  availability_zone = data.alicloud_zones.example.zones.0.id
  vswitch_id        = alicloud_vswitch.example.id
  security_groups   = [alicloud_security_group.example.id]
  image_id          = data.alicloud_images.example.images.0.id
  instance_type     = data.alicloud_instance_types.example.instance_types.0.id
  tags = {
    For     = "example",
    Created = "TF",
  }
}

resource "alicloud_eip_address" "example" {
  address_name = var.name
}

resource "alicloud_eip_association" "example" {
  instance_id   = alicloud_instance.example.id
  allocation_id = alicloud_eip_address.example.id
}
