variable "region" {
  description = "Region of the example."
  type        = string
  default     = "cn-hangzhou"
}

variable "zone_id" {
  description = "Zone of the VSwitch and the instance."
  type        = string
  default     = "cn-hangzhou-h"
}
