# Inputs: names, types and defaults as in the original.

variable "instance_charge_type" {
  description = "Deprecated: use payment_type. PostPaid or PrePaid."
  type        = string
  default     = "PostPaid"
}

variable "number_of_eips" {
  description = "EIPs to create when nothing is bound."
  type        = number
  default     = 0
}

variable "name" {
  description = "Name of the EIPs; numbered when there are several."
  type        = string
  default     = "TF-Module-EIP"
}

variable "description" {
  description = "Description of the EIPs."
  type        = string
  default     = "An EIP associated with NAT instance."
}

variable "bandwidth" {
  description = "Peak bandwidth in Mbit/s."
  type        = number
  default     = 5
}

variable "internet_charge_type" {
  description = "PayByTraffic or PayByBandwidth."
  type        = string
  default     = "PayByTraffic"
}

variable "payment_type" {
  description = "PayAsYouGo or Subscription."
  type        = string
  default     = "PayAsYouGo"
}

variable "period" {
  description = "Months of a Subscription EIP."
  type        = number
  default     = 1
}

variable "tags" {
  description = "Tags of the EIPs."
  type        = map(string)
  default     = {}
}

variable "isp" {
  description = "Line type of the EIPs."
  type        = string
  default     = "BGP"
}

variable "resource_group_id" {
  description = "Resource group of the EIPs."
  type        = string
  default     = ""
}

variable "name_regex" {
  description = "Bind to the NAT gateways whose names match."
  type        = string
  default     = ""
}

variable "computed_instances" {
  description = "NAT gateways created elsewhere in the same run, grouped by type."
  type = list(object({
    instance_type = string
    instance_ids  = list(string)
    private_ips   = list(string)
  }))
  default = []
}
