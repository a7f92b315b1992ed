# examples/complete of alibabacloud-automation/terraform-alicloud-vpc-ecs-eip (snapshot ba973de),
# as our own HCL with the example's names and values. One change: the module source points at our
# copy (no registry or repository checkout offline).

provider "alicloud" {
  region = "ap-southeast-5"
}

# The region's first zone, a 2 vCPU / 8 GiB ecs.g9i type in it, and the newest system image that
# type can boot.
data "alicloud_zones" "default" {}

data "alicloud_instance_types" "default" {
  availability_zone    = data.alicloud_zones.default.zones[0].id
  instance_type_family = "ecs.g9i"
  cpu_core_count       = 2
  memory_size          = 8
}

data "alicloud_images" "default" {
  owners        = "system"
  most_recent   = true
  instance_type = data.alicloud_instance_types.default.instance_types[0].id
}

module "example" {
  source = "../../../modules/terraform-alicloud-vpc-ecs-eip"

  name              = var.name
  cidr_block        = "172.16.0.0/18"
  availability_zone = data.alicloud_zones.default.zones[0].id

  eip_isp                  = "BGP"
  eip_internet_charge_type = "PayByBandwidth"
  eip_payment_type         = "PayAsYouGo"

  primary_ip_address                 = "172.16.0.6"
  secondary_private_ip_address_count = var.secondary_private_ip_address_count

  eip_instance_type = "NetworkInterface"

  instance_type              = data.alicloud_instance_types.default.instance_types[0].id
  image_id                   = data.alicloud_images.default.images[0].id
  system_disk_category       = "cloud_essd"
  system_disk_name           = var.system_disk_name
  system_disk_description    = var.system_disk_description
  internet_max_bandwidth_out = var.internet_max_bandwidth_out

  data_disks_name = "data_disks_name"
  ecs_size        = 1200
  category        = "cloud_essd"
  description     = "tf-vpc-ecs-description"
  encrypted       = true
}
