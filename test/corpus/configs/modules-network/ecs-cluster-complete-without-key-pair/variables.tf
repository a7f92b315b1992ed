variable "this_module_name" {
  type    = string
  default = "tf-testacc-module-name"
}

variable "instance_name" {
  type    = string
  default = "tf-testacc-instance-name"
}

variable "internet_charge_type" {
  type    = string
  default = "PayByTraffic"
}

variable "instance_charge_type" {
  type    = string
  default = "PostPaid"
}

variable "system_size" {
  type    = number
  default = 40
}

variable "password" {
  type    = string
  default = "YourPassword123!"
}

variable "user_data" {
  type    = string
  default = "tf-user-data"
}

variable "period" {
  type    = number
  default = 1
}

variable "instance_tags" {
  type = map(string)
  default = {
    Name = "ECS"
  }
}

variable "eip_bandwidth" {
  type    = string
  default = "10"
}

variable "nat_type" {
  type    = string
  default = "Enhanced"
}

variable "specification" {
  type    = string
  default = "Small"
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
