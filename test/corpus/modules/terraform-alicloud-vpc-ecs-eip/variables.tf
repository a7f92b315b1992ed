# Inputs and defaults as in the module.

variable "name" {
  type    = string
  default = ""
}

variable "cidr_block" {
  type    = string
  default = "172.16.0.0/18"
}

variable "availability_zone" {
  type    = string
  default = ""
}

variable "eip_isp" {
  type    = string
  default = "BGP"
}

variable "eip_internet_charge_type" {
  type    = string
  default = "PayByBandwidth"
}

variable "eip_payment_type" {
  type    = string
  default = "PayAsYouGo"
}

variable "primary_ip_address" {
  type    = string
  default = ""
}

variable "secondary_private_ip_address_count" {
  type    = number
  default = 1
}

variable "eip_instance_type" {
  type    = string
  default = "NetworkInterface"
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

variable "description" {
  type    = string
  default = ""
}

variable "encrypted" {
  type    = bool
  default = true
}
