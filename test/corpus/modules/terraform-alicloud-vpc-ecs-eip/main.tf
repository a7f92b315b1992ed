# Re-created for the corpus from alibabacloud-automation/terraform-alicloud-vpc-ecs-eip (snapshot
# ba973de): its inputs, resource names and arguments, written as our own HCL.
#
# One VPC whose single VSwitch takes the whole VPC block, a group, an EIP bound to a secondary ENI
# (not to the instance), and an instance with one data disk.

resource "alicloud_vpc" "default" {
  vpc_name   = var.name
  cidr_block = var.cidr_block
}

# The VSwitch reuses the VPC's block as is: the API accepts a VSwitch as large as its VPC.
resource "alicloud_vswitch" "default" {
  vpc_id       = alicloud_vpc.default.id
  vswitch_name = var.name
  cidr_block   = var.cidr_block
  zone_id      = var.availability_zone
}

resource "alicloud_security_group" "default" {
  vpc_id              = alicloud_vpc.default.id
  security_group_name = var.name
}

resource "alicloud_eip_address" "default" {
  address_name         = var.name
  payment_type         = var.eip_payment_type
  internet_charge_type = var.eip_internet_charge_type
  isp                  = var.eip_isp
}

# The deprecated ENI type, with a fixed primary address and secondary addresses by count.
resource "alicloud_network_interface" "default" {
  network_interface_name             = var.name
  vswitch_id                         = alicloud_vswitch.default.id
  security_group_ids                 = [alicloud_security_group.default.id]
  primary_ip_address                 = var.primary_ip_address
  secondary_private_ip_address_count = var.secondary_private_ip_address_count
}

resource "alicloud_eip_association" "default" {
  allocation_id = alicloud_eip_address.default.id
  instance_id   = alicloud_network_interface.default.id
  instance_type = var.eip_instance_type
}

resource "alicloud_instance" "default" {
  instance_name              = var.name
  availability_zone          = var.availability_zone
  vswitch_id                 = alicloud_vswitch.default.id
  security_groups            = [alicloud_security_group.default.id]
  instance_type              = var.instance_type
  image_id                   = var.image_id
  system_disk_category       = var.system_disk_category
  system_disk_name           = var.system_disk_name
  system_disk_description    = var.system_disk_description
  internet_max_bandwidth_out = var.internet_max_bandwidth_out

  # Encrypted without a kms_key_id: the real cloud then uses the account's default key.
  data_disks {
    name        = var.data_disks_name
    size        = var.ecs_size
    category    = var.category
    description = var.description
    encrypted   = var.encrypted
  }
}
