# Inputs of alibabacloud-automation/terraform-alicloud-dnat (names, types, defaults as in the module).
variable "create" {
  type    = bool
  default = true
}

# Item keys: name, ip_protocol, external_ip, external_port, internal_ip, internal_port.
variable "entries" {
  type    = list(map(string))
  default = []
}

variable "nat_gateway_id" {
  type    = string
  default = ""
}

variable "dnat_table_id" {
  type    = string
  default = ""
}

variable "external_ip" {
  type    = string
  default = ""
}

variable "internal_ip" {
  type    = string
  default = ""
}
