# Inputs and defaults as in the module.

variable "name" {
  type    = string
  default = ""
}

variable "description" {
  type    = string
  default = ""
}

variable "instance_type" {
  type    = string
  default = ""
}

variable "system_disk_category" {
  type    = string
  default = "cloud_efficiency"
}

variable "system_disk_name" {
  type    = string
  default = ""
}

variable "system_disk_description" {
  type    = string
  default = ""
}

variable "image_id" {
  type    = string
  default = ""
}

variable "internet_max_bandwidth_out" {
  type    = number
  default = 10
}

variable "data_disks_name" {
  type    = string
  default = ""
}

variable "ecs_size" {
  type    = number
  default = 1200
}

variable "category" {
  type    = string
  default = "cloud_efficiency"
}

variable "encrypted" {
  type    = bool
  default = false
}

variable "availability_zone" {
  type    = string
  default = ""
}

variable "vpc_cidr_block" {
  type    = string
  default = "172.16.0.0/12"
}

variable "vs_cidr_block" {
  type    = string
  default = "172.16.0.0/21"
}
