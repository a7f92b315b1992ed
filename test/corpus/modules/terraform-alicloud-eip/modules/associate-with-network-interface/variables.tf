# The wrapper's inputs: the root module's, a region default, no EIPs by number, and the ENI lookup.
variable "region" {
  type    = string
  default = "cn-shanghai"
}

variable "profile" {
  type    = string
  default = ""
}

variable "shared_credentials_file" {
  type    = string
  default = ""
}

variable "skip_region_validation" {
  type    = bool
  default = false
}

variable "create" {
  description = "Whether to create anything."
  type        = bool
  default     = true
}

variable "number_of_eips" {
  description = "EIPs to create when no gateways are given."
  type        = number
  default     = 0
}

variable "name" {
  type    = string
  default = "TF-Module-EIP"
}

variable "bandwidth" {
  type    = number
  default = 5
}

variable "internet_charge_type" {
  type    = string
  default = "PayByTraffic"
}

variable "instance_charge_type" {
  type    = string
  default = "PostPaid"
}

variable "period" {
  type    = number
  default = 1
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "isp" {
  description = "Line type; \"\" leaves it to the cloud (BGP)."
  type        = string
  default     = ""
}

variable "resource_group_id" {
  description = "Resource group; \"\" means the account's default."
  type        = string
  default     = ""
}

variable "instances" {
  description = "Instances known at plan time, grouped by type."
  type = list(object({
    instance_type = string
    instance_ids  = list(string)
    private_ips   = list(string)
  }))
  default = []
}

variable "computed_instances" {
  description = "Instances known only after apply, grouped by type (their count in number_of_computed_instances)."
  type = list(object({
    instance_type = string
    instance_ids  = list(string)
    private_ips   = list(string)
  }))
  default = []
}

variable "number_of_computed_instances" {
  type    = number
  default = 0
}

variable "name_regex" {
  description = "Bind to the ENIs whose names match."
  type        = string
  default     = ""
}

variable "instance_tags" {
  description = "Bind to the ENIs with these tags."
  type        = map(string)
  default     = {}
}

variable "instance_resource_group_id" {
  description = "Bind to the ENIs of this resource group."
  type        = string
  default     = ""
}

variable "status" {
  description = "Accepted for compatibility; unused (as in the module)."
  type        = string
  default     = ""
}

variable "ip_address" {
  description = "Accepted for compatibility; unused (as in the module)."
  type        = string
  default     = ""
}
