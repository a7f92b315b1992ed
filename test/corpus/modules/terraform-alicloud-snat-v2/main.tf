# Re-created for the corpus from alibabacloud-automation/terraform-alicloud-snat: its inputs,
# resource names and counts, its two lookups and the intent of each expression, as our own HCL.

# The gateway is always looked up; its SNAT table is used only when snat_table_id is not given.
# The module reads gateways[*].snat_table_id, which the real data source does not have (it
# returns snat_table_ids); the expression sits in the branch not taken when the caller passes
# snat_table_id, as the module's own example does.
data "alicloud_nat_gateways" "this" {
  ids = var.nat_gateway_id != "" ? [var.nat_gateway_id] : null
}

locals {
  snat_table_id = var.snat_table_id != "" ? var.snat_table_id : var.nat_gateway_id != "" ? concat(data.alicloud_nat_gateways.this.gateways[*].snat_table_id, [""])[0] : ""

  by_cidr    = flatten([for e in var.snat_with_source_cidrs : [for c in e.source_cidrs : { name = e.name, source_cidr = c, snat_ip = e.snat_ip }]])
  by_vswitch = flatten([for e in var.snat_with_vswitch_ids : [for v in e.vswitch_ids : { name = e.name, source_vswitch_id = v, snat_ip = e.snat_ip }]])

  # Instances become /32 source CIDRs of their private addresses, read through alicloud_instances.
  instance_ids     = distinct(flatten([for e in var.snat_with_instance_ids : e.instance_ids]))
  instance_address = { for i in data.alicloud_instances.this.instances : i.id => i.private_ip }
  by_instance = flatten([
    for e in var.snat_with_instance_ids : [
      for id in e.instance_ids : {
        name        = e.name
        source_cidr = length(local.instance_ids) > 0 ? "${local.instance_address[id]}/32" : ""
        snat_ip     = e.snat_ip
      }
    ]
  ])
}

data "alicloud_instances" "this" {
  ids = length(local.instance_ids) > 0 ? local.instance_ids : null
}

resource "alicloud_snat_entry" "snat_with_source_cidrs" {
  count           = var.create ? length(local.by_cidr) : 0
  snat_table_id   = local.snat_table_id
  snat_entry_name = lookup(local.by_cidr[count.index], "name", format("tf-with-cidr%3d", count.index + 1))
  source_cidr     = local.by_cidr[count.index].source_cidr
  snat_ip         = local.by_cidr[count.index].snat_ip
}

resource "alicloud_snat_entry" "snat_with_vswitch_ids" {
  count             = var.create ? length(local.by_vswitch) : 0
  snat_table_id     = local.snat_table_id
  snat_entry_name   = lookup(local.by_vswitch[count.index], "name", format("tf-with-id%3d", count.index + 1))
  source_vswitch_id = local.by_vswitch[count.index].source_vswitch_id
  snat_ip           = local.by_vswitch[count.index].snat_ip
}

resource "alicloud_snat_entry" "snat_with_instance_ids" {
  count           = var.create ? length(local.by_instance) : 0
  snat_table_id   = local.snat_table_id
  snat_entry_name = lookup(local.by_instance[count.index], "name", format("tf-with-instance-id%3d", count.index + 1))
  source_cidr     = local.by_instance[count.index].source_cidr
  snat_ip         = local.by_instance[count.index].snat_ip
}
