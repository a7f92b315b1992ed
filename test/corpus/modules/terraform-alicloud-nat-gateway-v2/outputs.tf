locals {
  # Each value comes from the lookup below for an existing gateway, else from the created one.
  # `gateways[*].forward_table_ids[0]` indexes each gateway's list (the data source's table ids
  # are lists, the resource's are strings).
  existing_found               = length(data.alicloud_nat_gateways.this.gateways) > 0
  this_dnat_table_id           = var.use_existing_nat_gateway ? (local.existing_found ? concat(data.alicloud_nat_gateways.this.gateways[*].forward_table_ids[0], [""])[0] : "") : (var.create ? concat(alicloud_nat_gateway.this[*].forward_table_ids, [""])[0] : "")
  this_snat_table_id           = var.use_existing_nat_gateway ? (local.existing_found ? concat(data.alicloud_nat_gateways.this.gateways[*].snat_table_ids[0], [""])[0] : "") : (var.create ? concat(alicloud_nat_gateway.this[*].snat_table_ids, [""])[0] : "")
  this_nat_gateway_spec        = var.use_existing_nat_gateway ? (local.existing_found ? concat(data.alicloud_nat_gateways.this.gateways[*].spec, [""])[0] : "") : (var.create ? concat(alicloud_nat_gateway.this[*].spec, [""])[0] : "")
  this_nat_gateway_name        = var.use_existing_nat_gateway ? (local.existing_found ? concat(data.alicloud_nat_gateways.this.gateways[*].nat_gateway_name, [""])[0] : "") : (var.create ? concat(alicloud_nat_gateway.this[*].nat_gateway_name, [""])[0] : "")
  this_nat_gateway_status      = var.use_existing_nat_gateway ? (local.existing_found ? concat(data.alicloud_nat_gateways.this.gateways[*].status, [""])[0] : "") : (var.create ? concat(alicloud_nat_gateway.this[*].status, [""])[0] : "")
  this_nat_gateway_description = var.use_existing_nat_gateway ? (local.existing_found ? concat(data.alicloud_nat_gateways.this.gateways[*].description, [""])[0] : "") : (var.create ? concat(alicloud_nat_gateway.this[*].description, [""])[0] : "")
}

# Read on every call; with no gateway id it lists the region's gateways.
data "alicloud_nat_gateways" "this" {
  ids = local.this_nat_gateway_id != "" ? [local.this_nat_gateway_id] : null
}

output "this_nat_gateway_id" {
  value = local.this_nat_gateway_id
}

output "this_forward_table_id" {
  value = local.this_dnat_table_id
}

output "this_dnat_table_id" {
  value = local.this_dnat_table_id
}

output "this_snat_table_id" {
  value = local.this_snat_table_id
}

output "this_nat_gateway_name" {
  value = local.this_nat_gateway_name
}

output "this_nat_gateway_spec" {
  value = local.this_nat_gateway_spec
}

output "this_nat_gateway_description" {
  value = local.this_nat_gateway_description
}

output "this_nat_gateway_status" {
  value = local.this_nat_gateway_status
}

output "this_eip_ids" {
  value = flatten(module.eip[*].this_eip_id)
}

output "this_eip_ips" {
  value = flatten(module.eip[*].this_eip_address)
}

output "snat_entry_id" {
  value = module.snat_entry.snat_entry_id
}

output "snat_entry_source_cidr" {
  value = module.snat_entry.snat_entry_source_cidr
}

output "snat_entry_source_vswitch_id" {
  value = module.snat_entry.snat_entry_source_vswitch_id
}
