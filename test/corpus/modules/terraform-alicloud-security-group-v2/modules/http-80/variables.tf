variable "create" {
  type    = bool
  default = true
}

variable "vpc_id" {
  type    = string
  default = ""
}

variable "name" {
  type    = string
  default = ""
}

variable "description" {
  type    = string
  default = "Security Group managed by Terraform"
}

variable "existing_group_id" {
  type    = string
  default = ""
}

variable "security_group_type" {
  type    = string
  default = "normal"
}

variable "auto_ingress_rules" {
  type    = list(string)
  default = ["http-80-tcp"]
}

variable "ingress_rules" {
  type    = list(string)
  default = []
}

variable "priority_for_ingress_rules" {
  type    = number
  default = 1
}

variable "ingress_with_cidr_blocks" {
  type    = list(map(string))
  default = []
}

variable "ingress_with_source_security_group_id" {
  type    = list(map(string))
  default = []
}

variable "ingress_with_cidr_blocks_and_ports" {
  type    = list(map(string))
  default = []
}

variable "ingress_cidr_blocks" {
  type    = list(string)
  default = []
}

variable "default_ingress_priority" {
  type    = number
  default = 50
}

variable "auto_egress_rules" {
  type    = list(string)
  default = ["all-all"]
}

variable "egress_rules" {
  type    = list(string)
  default = []
}

variable "priority_for_egress_rules" {
  type    = number
  default = 1
}

variable "egress_with_cidr_blocks" {
  type    = list(map(string))
  default = []
}

variable "egress_with_source_security_group_id" {
  type    = list(map(string))
  default = []
}

variable "egress_with_cidr_blocks_and_ports" {
  type    = list(map(string))
  default = []
}

variable "egress_cidr_blocks" {
  type    = list(string)
  default = []
}

variable "default_egress_priority" {
  type    = number
  default = 50
}

variable "ingress_with_ports" {
  type    = list(number)
  default = []
}

variable "egress_with_ports" {
  type    = list(number)
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}

