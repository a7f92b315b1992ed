# Inputs of alibaba/ecs-instance 4.0.0 (names, types and defaults as in the module).

variable "number_of_instances" {
  type    = number
  default = 1
}

variable "image_id" {
  type    = string
  default = ""
}

variable "image_ids" {
  type    = list(string)
  default = []
}

variable "instance_type" {
  type    = string
  default = ""
}

variable "credit_specification" {
  type    = string
  default = ""
}

variable "security_group_ids" {
  type    = list(string)
  default = []
}

variable "vswitch_id" {
  type    = string
  default = ""
}

variable "vswitch_ids" {
  type    = list(string)
  default = []
}

variable "name" {
  type    = string
  default = ""
}

variable "use_num_suffix" {
  type    = bool
  default = false
}

variable "host_name" {
  type    = string
  default = ""
}

variable "resource_group_id" {
  type    = string
  default = ""
}

variable "description" {
  type    = string
  default = "An ECS instance came from terraform-alicloud-modules/ecs-instance"
}

variable "internet_charge_type" {
  type    = string
  default = "PayByTraffic"
}

variable "password" {
  type    = string
  default = ""
}

variable "kms_encrypted_password" {
  type    = string
  default = ""
}

variable "kms_encryption_context" {
  type    = map(string)
  default = {}
}

variable "system_disk_category" {
  type    = string
  default = "cloud_efficiency"
}

variable "system_disk_size" {
  type    = number
  default = 40
}

variable "system_disk_name" {
  type    = string
  default = ""
}

variable "system_disk_description" {
  type    = string
  default = "An ECS instance System Disk came from terraform-alicloud-modules/ecs-instance"
}

variable "system_disk_performance_level" {
  type    = string
  default = "PL1"
}

variable "system_disk_storage_cluster_id" {
  type    = string
  default = null
}

variable "system_disk_encrypted" {
  type    = bool
  default = false
}

variable "system_disk_kms_key_id" {
  type    = string
  default = null
}

variable "system_disk_encrypt_algorithm" {
  type    = string
  default = null
}

variable "system_disk_auto_snapshot_policy_id" {
  type    = string
  default = ""
}

variable "data_disks" {
  type    = list(map(string))
  default = []
}

variable "private_ip" {
  type    = string
  default = ""
}

variable "private_ips" {
  type    = list(string)
  default = []
}

variable "associate_public_ip_address" {
  type    = bool
  default = false
}

variable "internet_max_bandwidth_out" {
  type    = number
  default = 0
}

variable "instance_charge_type" {
  type    = string
  default = "PostPaid"
}

variable "subscription" {
  type    = map(string)
  default = { period = 1, period_unit = "Month", renewal_status = "Normal", auto_renew_period = 1, include_data_disks = true }
}

variable "dry_run" {
  type    = bool
  default = false
}

variable "user_data" {
  type    = string
  default = ""
}

variable "role_name" {
  type    = string
  default = ""
}

variable "key_name" {
  type    = string
  default = ""
}

variable "spot_strategy" {
  type    = string
  default = "NoSpot"
}

variable "spot_price_limit" {
  type    = number
  default = 0
}

variable "deletion_protection" {
  type    = bool
  default = false
}

variable "force_delete" {
  type    = bool
  default = false
}

variable "security_enhancement_strategy" {
  type    = string
  default = "Active"
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "volume_tags" {
  type    = map(string)
  default = {}
}

variable "instance_name" {
  type    = string
  default = ""
}

variable "group_ids" {
  type    = list(string)
  default = []
}

variable "disk_name" {
  type    = string
  default = ""
}

variable "disk_category" {
  type    = string
  default = "cloud_efficiency"
}

variable "disk_size" {
  type    = number
  default = 40
}

variable "operator_type" {
  type    = string
  default = "upgrade"
}

variable "status" {
  type    = string
  default = "Running"
}

variable "hpc_cluster_id" {
  type    = string
  default = null
}

variable "network_interface_ids" {
  type    = list(string)
  default = []
}

variable "auto_release_time" {
  type    = string
  default = null
}

variable "secondary_private_ips" {
  type    = list(string)
  default = null
}

variable "secondary_private_ip_address_count" {
  type    = number
  default = null
}

variable "deployment_set_id" {
  type    = string
  default = null
}

variable "stopped_mode" {
  type    = string
  default = null
}

variable "maintenance_time" {
  type    = list(map(string))
  default = []
}

variable "maintenance_action" {
  type    = string
  default = null
}

variable "maintenance_notify" {
  type    = bool
  default = null
}

variable "spot_duration" {
  type    = number
  default = null
}

variable "http_tokens" {
  type    = string
  default = null
}

variable "http_endpoint" {
  type    = string
  default = null
}

variable "http_put_response_hop_limit" {
  type    = number
  default = null
}

variable "ipv6_address_count" {
  type    = number
  default = null
}

variable "ipv6_addresses" {
  type    = list(string)
  default = null
}

variable "dedicated_host_id" {
  type    = string
  default = null
}

variable "launch_template_name" {
  type    = string
  default = null
}

variable "launch_template_id" {
  type    = string
  default = null
}

variable "launch_template_version" {
  type    = string
  default = null
}

