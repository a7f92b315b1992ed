# alicloud_vpc_prefix_list docs page, example 1, without its two
# alicloud_resource_manager_resource_group resources and the resource_group_id that names one
# (Resource Manager groups cannot be created in the sandbox): an IPV4 list of up to 50 entries
# holding 192.168.0.0/16.
variable "name" {
  default = "tf-testacc-example"
}

resource "alicloud_vpc_prefix_list" "default" {
  max_entries             = 50
  prefix_list_description = "test"
  ip_version              = "IPV4"
  prefix_list_name        = var.name

  entrys {
    cidr        = "192.168.0.0/16"
    description = "test"
  }
}
