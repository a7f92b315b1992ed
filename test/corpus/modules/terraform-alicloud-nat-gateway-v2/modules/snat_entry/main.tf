variable "snat_count" {
  type    = number
  default = 1
}

variable "snat_table_id" {
  type    = string
  default = ""
}

variable "source_vswitch_ids" {
  type    = list(string)
  default = []
}

variable "source_cidrs" {
  type    = list(string)
  default = []
}

variable "snat_ips" {
  type    = list(string)
  default = []
}

# A source CIDR wins unless VSwitch ids are given (the module's rule).
resource "alicloud_snat_entry" "this_snat_entry" {
  count = var.snat_count

  snat_table_id     = var.snat_table_id
  source_vswitch_id = length(var.source_cidrs) > 0 ? (length(var.source_vswitch_ids) > 0 ? var.source_vswitch_ids[count.index] : null) : var.source_vswitch_ids[count.index]
  source_cidr       = length(var.source_vswitch_ids) > 0 ? null : var.source_cidrs[count.index]
  snat_ip           = var.snat_ips[count.index]
}

output "snat_entry_id" {
  value = alicloud_snat_entry.this_snat_entry[*].id
}

output "snat_entry_source_cidr" {
  value = alicloud_snat_entry.this_snat_entry[*].source_cidr
}

output "snat_entry_source_vswitch_id" {
  value = alicloud_snat_entry.this_snat_entry[*].source_vswitch_id
}
