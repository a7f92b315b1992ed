# Inputs and defaults as in the module (create_vpc defaults to false: an example must ask for a VPC).

variable "create_vpc" {
  type    = bool
  default = false
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
  default = ""
}

variable "vpc_description" {
  type    = string
  default = ""
}

variable "vpc_tags" {
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

variable "vswitch_name" {
  type    = string
  default = ""
}

variable "use_num_suffix" {
  type    = bool
  default = false
}

variable "vswitch_description" {
  type    = string
  default = ""
}

variable "vswitch_tags" {
  type    = map(string)
  default = {}
}

variable "create_security_group" {
  type    = bool
  default = true
}

variable "name" {
  type    = string
  default = ""
}

variable "description" {
  type    = string
  default = ""
}

variable "security_group_tags" {
  type    = map(string)
  default = {}
}

variable "ingress_rules" {
  type    = list(string)
  default = []
}

variable "ingress_cidr_blocks" {
  type    = list(string)
  default = []
}

variable "priority_for_ingress_rules" {
  type    = number
  default = 1
}

variable "default_ingress_priority" {
  type    = number
  default = 50
}

variable "ingress_with_cidr_blocks" {
  type    = list(map(string))
  default = []
}

variable "ingress_with_cidr_blocks_and_ports" {
  type    = list(map(string))
  default = []
}

variable "ingress_ports" {
  type    = list(number)
  default = []
}

variable "ingress_with_source_security_group_id" {
  type    = list(map(string))
  default = []
}

variable "egress_rules" {
  type    = list(string)
  default = []
}

variable "egress_cidr_blocks" {
  type    = list(string)
  default = []
}

variable "priority_for_egress_rules" {
  type    = number
  default = 1
}

variable "default_egress_priority" {
  type    = number
  default = 50
}

variable "egress_with_cidr_blocks" {
  type    = list(map(string))
  default = []
}

variable "egress_with_cidr_blocks_and_ports" {
  type    = list(map(string))
  default = []
}

variable "egress_ports" {
  type    = list(number)
  default = []
}

variable "egress_with_source_security_group_id" {
  type    = list(map(string))
  default = []
}
