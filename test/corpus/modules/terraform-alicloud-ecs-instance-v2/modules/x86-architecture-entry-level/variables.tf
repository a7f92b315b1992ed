# Inputs of the sub-module: names, types and defaults as in the original.

variable "most_recent" {
  description = "Pick the newest of the matching images."
  type        = bool
  default     = true
}

variable "owners" {
  description = "Owner of the images to look up: system, self, others or marketplace."
  type        = string
  default     = "system"
}

variable "image_name_regex" {
  description = "Pattern the image name must match."
  type        = string
  default     = "^ubuntu_18.*64"
}

variable "number_of_instances" {
  description = "How many instances to launch."
  type        = number
  default     = 1
}

variable "image_id" {
  description = "Image to launch; empty means the newest image that matches image_name_regex."
  type        = string
  default     = ""
}

variable "image_ids" {
  description = "Images to launch, one per instance in turn."
  type        = list(string)
  default     = []
}

variable "instance_type_family" {
  description = "Family to pick the instance type from, one of ecs.t6, ecs.t5."
  type        = string
  default     = "ecs.t6-c4m1"
}

variable "instance_type" {
  description = "Instance type; empty means the first one the family offers in the zone."
  type        = string
  default     = ""
}

variable "cpu_core_count" {
  description = "vCPUs the looked-up type must have (0: any)."
  type        = number
  default     = 0
}

variable "memory_size" {
  description = "Memory in GiB the looked-up type must have (0: any)."
  type        = number
  default     = 0
}

variable "security_group_ids" {
  description = "Security groups of the instances."
  type        = list(string)
  default     = []
}

variable "resource_group_id" {
  description = "Resource group of the instances."
  type        = string
  default     = ""
}

variable "internet_charge_type" {
  description = "PayByTraffic or PayByBandwidth."
  type        = string
  default     = "PayByTraffic"
}

variable "password" {
  description = "Login password of the instances."
  type        = string
  default     = ""
}

variable "kms_encrypted_password" {
  description = "A KMS-encrypted login password, instead of password."
  type        = string
  default     = ""
}

variable "kms_encryption_context" {
  description = "Context to decrypt kms_encrypted_password with."
  type        = map(string)
  default     = {}
}

variable "system_disk_category" {
  description = "Category of the system disk."
  type        = string
  default     = "cloud_efficiency"
}

variable "system_disk_size" {
  description = "Size of the system disk in GiB."
  type        = number
  default     = 40
}

variable "system_disk_auto_snapshot_policy_id" {
  description = "Automatic snapshot policy of the system disk."
  type        = string
  default     = ""
}

variable "data_disks" {
  description = "Data disks to create with each instance."
  type        = list(map(string))
  default     = []
}

variable "vswitch_id" {
  description = "VSwitch to launch in."
  type        = string
  default     = ""
}

variable "vswitch_ids" {
  description = "VSwitches to launch in, one per instance in turn."
  type        = list(string)
  default     = []
}

variable "private_ip" {
  description = "Private IP address of the instance."
  type        = string
  default     = ""
}

variable "private_ips" {
  description = "Private IP addresses, one per instance."
  type        = list(string)
  default     = []
}

variable "internet_max_bandwidth_out" {
  description = "Outbound public bandwidth in Mbit/s."
  type        = number
  default     = 0
}

variable "associate_public_ip_address" {
  description = "Whether the instances get a public address."
  type        = bool
  default     = false
}

variable "instance_charge_type" {
  description = "PostPaid or PrePaid."
  type        = string
  default     = "PostPaid"
}

variable "dry_run" {
  description = "Only check the request."
  type        = bool
  default     = false
}

variable "user_data" {
  description = "User data passed to the instances at boot."
  type        = string
  default     = ""
}

variable "role_name" {
  description = "RAM role of the instances."
  type        = string
  default     = ""
}

variable "key_name" {
  description = "SSH key pair of the instances."
  type        = string
  default     = ""
}

variable "deletion_protection" {
  description = "Whether the instances are protected from deletion."
  type        = bool
  default     = false
}

variable "force_delete" {
  description = "Whether a PrePaid instance is turned PostPaid to be deleted."
  type        = bool
  default     = false
}

variable "security_enhancement_strategy" {
  description = "Security enhancement strategy: Active or Deactive."
  type        = string
  default     = "Active"
}

variable "subscription" {
  description = "Period settings of PrePaid instances."
  type        = map(string)
  default = {
    period             = 1
    period_unit        = "Month"
    renewal_status     = "Normal"
    auto_renew_period  = 1
    include_data_disks = true
  }
}

variable "tags" {
  description = "Tags of the instances."
  type        = map(string)
  default = {
    Created = "Terraform"
    Source  = "alibaba/ecs-instance/alicloud//modules/x86-architecture-entry-level"
  }
}

variable "volume_tags" {
  description = "Tags of the disks created with the instances."
  type        = map(string)
  default     = {}
}

variable "spot_strategy" {
  description = "NoSpot, SpotWithPriceLimit or SpotAsPriceGo (PostPaid only)."
  type        = string
  default     = "NoSpot"
}

variable "spot_price_limit" {
  description = "Hourly price ceiling with SpotWithPriceLimit."
  type        = number
  default     = 0
}

variable "credit_specification" {
  description = "Performance mode of a burstable instance: Standard or Unlimited."
  type        = string
  default     = "Standard"
}
