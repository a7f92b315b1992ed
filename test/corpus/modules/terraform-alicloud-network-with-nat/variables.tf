# Inputs of alibabacloud-automation/terraform-alicloud-network-with-nat (names, types and defaults
# as in the module's 2026 snapshot).
variable "nat_instance_charge_type" {
  type    = string
  default = "PostPaid"
}
variable "create_vpc" {
  type    = bool
  default = true
}
variable "use_existing_vpc" {
  type    = bool
  default = false
}
variable "existing_vpc_id" {
  type    = string
  default = ""
}
variable "vpc_name" {
  type    = string
  default = ""
}
variable "vpc_cidr" {
  type    = string
  default = "172.16.0.0/12"
}
variable "vpc_description" {
  type    = string
  default = ""
}
variable "vpc_tags" {
  type    = map(string)
  default = {}
}
variable "tags" {
  type    = map(string)
  default = {}
}
variable "vswitch_cidrs" {
  type    = list(string)
  default = []
}
variable "availability_zones" {
  type    = list(string)
  default = []
}
variable "use_num_suffix" {
  type    = bool
  default = false
}
variable "vswitch_name" {
  type    = string
  default = ""
}
variable "vswitch_description" {
  type    = string
  default = ""
}
variable "vswitch_tags" {
  type    = map(string)
  default = {}
}
variable "create_nat" {
  type    = bool
  default = true
}
variable "vswitch_id" {
  type    = string
  default = ""
}
variable "nat_name" {
  type    = string
  default = ""
}
variable "nat_type" {
  type    = string
  default = "Enhanced"
}
variable "nat_specification" {
  type    = string
  default = "Small"
}
variable "nat_description" {
  type    = string
  default = ""
}
variable "payment_type" {
  type    = string
  default = "PayAsYouGo"
}
variable "internet_charge_type" {
  type    = string
  default = "PayByLcu"
}
variable "nat_period" {
  type    = number
  default = 1
}
variable "bandwidth_package_name" {
  type    = string
  default = ""
}
variable "cbp_bandwidth" {
  type    = number
  default = 5
}
variable "cbp_internet_charge_type" {
  type    = string
  default = "PayByBandwidth"
}
variable "cbp_ratio" {
  type    = number
  default = 100
}
variable "number_of_snat_eip" {
  type    = number
  default = 0
}
variable "number_of_dnat_eip" {
  type    = number
  default = 0
}
variable "eip_name" {
  type    = string
  default = ""
}
variable "eip_bandwidth" {
  type    = number
  default = 5
}
variable "eip_internet_charge_type" {
  type    = string
  default = "PayByTraffic"
}
variable "eip_instance_charge_type" {
  type    = string
  default = "PostPaid"
}
variable "eip_period" {
  type    = number
  default = 1
}
variable "eip_isp" {
  type    = string
  default = ""
}
variable "eip_tags" {
  type    = map(string)
  default = {}
}
variable "dnat_eip_association_instance_id" {
  type    = string
  default = ""
}
variable "create_snat" {
  type    = bool
  default = false
}
variable "vswitch_ids" {
  type    = list(string)
  default = []
}
variable "snat_with_source_cidrs" {
  type = list(object({
    name         = optional(string, null)
    source_cidrs = optional(list(string), [])
    snat_ip      = optional(string, null)
  }))
  default = []
}
variable "snat_with_instance_ids" {
  type = list(object({
    name         = optional(string, null)
    instance_ids = optional(list(string), [])
    snat_ip      = optional(string, null)
  }))
  default = []
}
variable "create_dnat" {
  type    = bool
  default = false
}
variable "dnat_table_id" {
  type    = string
  default = ""
}
variable "dnat_entries" {
  type    = list(map(string))
  default = []
}
