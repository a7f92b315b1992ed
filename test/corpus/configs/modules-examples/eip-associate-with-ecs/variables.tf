variable "region" {
  description = "Region of the example."
  type        = string
  default     = "ap-southeast-5"
}
