variable "region" {
  description = "Region of the example."
  type        = string
  default     = "cn-heyuan"
}

variable "zone_id" {
  description = "Zone of the VSwitch and the instance."
  type        = string
  default     = "cn-heyuan-a"
}
