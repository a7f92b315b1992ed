# Inputs of alibabacloud-automation/terraform-alicloud-snat (names, types, defaults as in the module).
variable "create" {
  type    = bool
  default = true
}

variable "nat_gateway_id" {
  type    = string
  default = ""
}

variable "snat_table_id" {
  type    = string
  default = ""
}

variable "snat_with_source_cidrs" {
  type = list(object({
    name         = optional(string, null)
    source_cidrs = optional(list(string), [])
    snat_ip      = optional(string, null)
  }))
  default = []
}

variable "snat_with_vswitch_ids" {
  type = list(object({
    name        = optional(string, null)
    vswitch_ids = optional(list(string), [])
    snat_ip     = optional(string, null)
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
