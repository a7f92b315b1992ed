# Inputs of the module (names, types and defaults as in alibaba/security-group 3.0.0).

variable "create" {
  type    = bool
  default = true
}

variable "existing_group_id" {
  description = "Used instead of a new group; set create = false with it."
  type        = string
  default     = ""
}

variable "name" {
  type    = string
  default = ""
}

variable "vpc_id" {
  type    = string
  default = ""
}

variable "description" {
  type    = string
  default = ""
}

variable "security_group_type" {
  type    = string
  default = "normal"
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "resource_group_id" {
  type    = string
  default = null
}

variable "create_rules" {
  type    = bool
  default = true
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

# Deprecated inputs the module still reads.

variable "this_module_name" {
  type    = string
  default = ""
}

variable "group_name" {
  type    = string
  default = ""
}

variable "group_description" {
  type    = string
  default = ""
}

variable "ingress_with_cidr_block" {
  type    = list(map(string))
  default = []
}

variable "ingress_with_ports" {
  type    = list(number)
  default = []
}

variable "protocol_for_ingress_with_ports" {
  type    = string
  default = "tcp"
}

variable "priority_for_ingress_with_ports" {
  type    = number
  default = 1
}

variable "egress_with_cidr_block" {
  type    = list(map(string))
  default = []
}

variable "egress_with_ports" {
  type    = list(number)
  default = []
}

variable "protocol_for_egress_with_ports" {
  type    = string
  default = "tcp"
}

variable "priority_for_egress_with_ports" {
  type    = number
  default = 1
}

# Named rules: [from port, to port, protocol, description]. Only the rules the run examples name
# (and the module's "_" placeholder) are kept from the module's long table.
variable "rules" {
  type = map(list(any))
  default = {
    all-all       = [-1, -1, "all", "All protocols"]
    all-icmp      = [-1, -1, "icmp", "All IPV4 ICMP"]
    all-tcp       = [0, 65535, "tcp", "All TCP ports"]
    all-udp       = [0, 65535, "udp", "All UDP ports"]
    dns-udp       = [53, 53, "udp", "DNS"]
    http-80-tcp   = [80, 80, "tcp", "HTTP"]
    http-8080-tcp = [8080, 8080, "tcp", "HTTP"]
    https-443-tcp = [443, 443, "tcp", "HTTPS"]
    ipsec-500-udp = [500, 500, "udp", "IPSEC ISAKMP"]
    mysql-tcp     = [3306, 3306, "tcp", "MySQL"]
    ssh-tcp       = [22, 22, "tcp", "SSH"]
    _             = ["", "", ""]
  }
}
