variable "create" {
  description = "Create the VPC; false creates nothing."
  type        = bool
  default     = true
}

variable "vpc_name" {
  type    = string
  default = "corpus-network"
}

variable "vpc_cidr" {
  type    = string
  default = "172.16.0.0/12"
}

variable "vpc_tags" {
  type    = map(string)
  default = {}
}

variable "vswitch_cidrs" {
  description = "One VSwitch per CIDR, spread over availability_zones."
  type        = list(string)
  default     = []
}

variable "availability_zones" {
  type    = list(string)
  default = []
}

variable "vswitch_name" {
  type    = string
  default = "corpus-vsw"
}

variable "vswitch_tags" {
  type    = map(string)
  default = {}
}
