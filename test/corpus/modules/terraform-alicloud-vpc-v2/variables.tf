# Structure and defaults of alibabacloud-automation/terraform-alicloud-vpc (2026 snapshot),
# re-written; only the names, types and default values are the module's.
variable "create" {
  type    = bool
  default = true
}

variable "vpc_id" {
  type    = string
  default = ""
}

variable "vpc_name" {
  type    = string
  default = "TF-VPC"
}

variable "vpc_description" {
  type    = string
  default = "A new VPC created by Terrafrom module terraform-alicloud-vpc"
}

variable "vpc_cidr" {
  type    = string
  default = "172.16.0.0/12"
}

variable "resource_group_id" {
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
  default = "TF-VSwitch"
}

variable "use_num_suffix" {
  type    = bool
  default = false
}

variable "vswitch_description" {
  type    = string
  default = "New VSwitch created by Terrafrom module terraform-alicloud-vpc."
}

variable "vswitch_tags" {
  type    = map(string)
  default = {}
}

variable "destination_cidrs" {
  type    = list(string)
  default = []
}

variable "nexthop_ids" {
  type    = list(string)
  default = []
}
