# Inputs and defaults as in the module.

variable "most_recent" {
  type    = bool
  default = true
}

variable "owners" {
  type    = string
  default = "system"
}

variable "image_name_regex" {
  type    = string
  default = ""
}

variable "cpu_core_count" {
  type    = number
  default = 2
}

variable "memory_size" {
  type    = number
  default = 4
}

variable "this_module_name" {
  type    = string
  default = ""
}

variable "vpc_cidr" {
  type    = string
  default = ""
}

variable "vpc_id" {
  type    = string
  default = ""
}

variable "vswitch_cidr" {
  type    = string
  default = ""
}

variable "availability_zone" {
  type    = string
  default = ""
}

variable "cluster_size" {
  type    = number
  default = 6
}

variable "image_id" {
  type    = string
  default = ""
}

variable "instance_type" {
  type    = string
  default = ""
}

variable "vswitch_id" {
  type    = string
  default = ""
}

variable "security_group_ids" {
  type    = list(string)
  default = []
}

variable "instance_name" {
  type    = string
  default = ""
}

variable "internet_charge_type" {
  type    = string
  default = "PayByTraffic"
}

variable "instance_charge_type" {
  type    = string
  default = "PostPaid"
}

variable "system_category" {
  type    = string
  default = "cloud_efficiency"
}

variable "system_size" {
  type    = number
  default = 40
}

variable "password" {
  type    = string
  default = ""
}

variable "user_data" {
  type    = string
  default = ""
}

variable "key_name" {
  type    = string
  default = ""
}

variable "period" {
  type    = number
  default = 1
}

variable "instance_tags" {
  type    = map(string)
  default = {}
}

variable "eip_bandwidth" {
  type    = string
  default = "10"
}

variable "eip_internet_charge_type" {
  type    = string
  default = "PayByTraffic"
}

variable "nat_type" {
  type    = string
  default = "Enhanced"
}

variable "specification" {
  type    = string
  default = "Small"
}

variable "nat_internet_charge_type" {
  type    = string
  default = "PayByLcu"
}

variable "external_port" {
  type    = number
  default = 22
}

variable "ip_protocol" {
  type    = string
  default = "tcp"
}

variable "internal_port" {
  type    = number
  default = 22
}
