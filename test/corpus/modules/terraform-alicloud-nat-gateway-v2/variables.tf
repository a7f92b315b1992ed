# Structure and defaults of alibabacloud-automation/terraform-alicloud-nat-gateway (2026
# snapshot), re-written. The registry's EIP module it calls is vendored as ../terraform-alicloud-eip-v2.
variable "instance_charge_type" {
  type    = string
  default = "PostPaid"
}

variable "create" {
  type    = bool
  default = true
}

variable "use_existing_nat_gateway" {
  type    = bool
  default = false
}

variable "vpc_id" {
  type    = string
  default = ""
}

variable "vswitch_id" {
  type    = string
  default = ""
}

variable "name" {
  type    = string
  default = ""
}

variable "nat_type" {
  type    = string
  default = "Enhanced"
}

variable "specification" {
  type    = string
  default = "Small"
}

variable "description" {
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

variable "period" {
  type    = number
  default = 1
}

variable "create_eip" {
  type    = bool
  default = false
}

variable "number_of_eip" {
  type    = number
  default = 1
}

variable "existing_nat_gateway_id" {
  type    = string
  default = ""
}

variable "eip_name" {
  type    = string
  default = ""
}

variable "use_num_suffix" {
  type    = bool
  default = false
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

variable "eip_tags" {
  type    = map(string)
  default = {}
}

variable "eip_isp" {
  type    = string
  default = "BGP"
}

variable "eip_netmode" {
  type    = string
  default = null
}

variable "eip_allocation_id" {
  type    = string
  default = null
}

variable "eip_high_definition_monitor_log_status" {
  type    = string
  default = null
}

variable "eip_ip_address" {
  type    = string
  default = null
}

variable "eip_log_project" {
  type    = string
  default = null
}

variable "eip_log_store" {
  type    = string
  default = null
}

variable "eip_public_ip_address_pool_id" {
  type    = string
  default = null
}

variable "eip_security_protection_types" {
  type    = list(string)
  default = []
}

variable "eip_zone" {
  type    = string
  default = null
}

variable "nat_gateway_id" {
  type    = string
  default = ""
}

variable "dnat_count" {
  type    = number
  default = 0
}

variable "forward_table_id" {
  type    = string
  default = ""
}

variable "external_ips" {
  type    = list(string)
  default = []
}

variable "internal_ips" {
  type    = list(string)
  default = []
}

variable "external_ports" {
  type    = list(string)
  default = []
}

variable "internal_ports" {
  type    = list(string)
  default = []
}

variable "ip_protocols" {
  type    = list(string)
  default = []
}

variable "snat_count" {
  type    = number
  default = 0
}

variable "snat_table_id" {
  type    = string
  default = ""
}

variable "source_vswitch_ids" {
  type    = list(string)
  default = []
}

variable "source_cidrs" {
  type    = list(string)
  default = []
}

variable "snat_ips" {
  type    = list(string)
  default = []
}
