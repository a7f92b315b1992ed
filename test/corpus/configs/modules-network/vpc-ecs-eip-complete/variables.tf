variable "name" {
  type    = string
  default = "tf-vpc-ecs-eip"
}

variable "secondary_private_ip_address_count" {
  type    = number
  default = 1
}

variable "system_disk_name" {
  type    = string
  default = "system_disk"
}

variable "system_disk_description" {
  type    = string
  default = "system_disk_description"
}

variable "internet_max_bandwidth_out" {
  type    = number
  default = 10
}
