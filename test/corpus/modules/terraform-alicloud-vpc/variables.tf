# The inputs of the community VPC module (terraform-alicloud-modules/terraform-alicloud-vpc), by
# name and default. Written for the corpus; the descriptions are ours.

variable "region" {
  description = "Region for the module's own provider block; empty means the provider's default."
  default     = ""
}

variable "profile" {
  description = "Credentials profile for the module's own provider block."
  default     = ""
}

variable "shared_credentials_file" {
  description = "Credentials file for the module's own provider block."
  default     = ""
}

variable "skip_region_validation" {
  description = "Passed to the provider as is."
  default     = false
}

variable "create" {
  description = "Whether to create anything at all."
  default     = true
}

variable "vpc_id" {
  description = "An existing VPC to use instead of creating one."
  default     = ""
}

variable "vpc_name" {
  default = "TF-VPC"
}

variable "vpc_description" {
  default = "A new VPC created by Terrafrom module terraform-alicloud-vpc"
}

variable "vpc_cidr" {
  default = "172.16.0.0/12"
}

variable "resource_group_id" {
  default = ""
}

variable "vpc_name_regex" {
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
  default = "TF-VSwitch"
}

variable "use_num_suffix" {
  default = false
}

variable "vswitch_description" {
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
