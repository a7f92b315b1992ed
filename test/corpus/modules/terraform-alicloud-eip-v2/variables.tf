# Structure and defaults of alibabacloud-automation/terraform-alicloud-eip (2026 snapshot, the
# registry's terraform-alicloud-modules/eip 3.x), re-written: the root module only. Most of the
# newer alicloud_eip arguments default to null, which the provider must still accept by name.
variable "number_of_eips" {
  type    = number
  default = 1
}

variable "use_num_suffix" {
  type    = bool
  default = false
}

variable "name" {
  type    = string
  default = ""
}

variable "description" {
  type    = string
  default = ""
}

variable "bandwidth" {
  type    = number
  default = 5
}

variable "internet_charge_type" {
  type    = string
  default = "PayByTraffic"
}

variable "payment_type" {
  type    = string
  default = "PayAsYouGo"
}

variable "period" {
  type    = number
  default = 1
}

variable "isp" {
  type    = string
  default = "BGP"
}

variable "resource_group_id" {
  type    = string
  default = ""
}

variable "netmode" {
  type    = string
  default = null
}

variable "allocation_id" {
  type    = string
  default = null
}

variable "high_definition_monitor_log_status" {
  type    = string
  default = null
}

variable "ip_address" {
  type    = string
  default = null
}

variable "log_project" {
  type    = string
  default = null
}

variable "log_store" {
  type    = string
  default = null
}

variable "public_ip_address_pool_id" {
  type    = string
  default = null
}

variable "security_protection_types" {
  type    = list(string)
  default = []
}

variable "zone" {
  type    = string
  default = null
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "instance_charge_type" {
  type    = string
  default = "PostPaid"
}

variable "instances" {
  type = list(object({
    instance_type = string
    instance_ids  = list(string)
    private_ips   = list(string)
  }))
  default = []
}
