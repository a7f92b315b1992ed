# Inputs of alibabacloud-automation/terraform-alicloud-route-table (names, types, defaults as in
# the module; its `description` input is declared and never used there either).
variable "vpc_id" {
  type     = string
  nullable = false
}

variable "description" {
  type    = string
  default = null
}

variable "route_table_name" {
  type    = string
  default = null
}

variable "associate_type" {
  type    = string
  default = "VSwitch"
}

variable "route_propagation_enable" {
  type    = bool
  default = null
}

variable "tags" {
  type    = map(string)
  default = null
}

variable "route_entries" {
  type = map(object({
    destination_cidrblock = string
    nexthop_type          = string
    nexthop_id            = optional(string)
    name                  = optional(string)
  }))
  default = {}
}

variable "vswitch_ids" {
  type    = map(string)
  default = {}
}
