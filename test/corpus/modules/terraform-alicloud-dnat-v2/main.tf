# Re-created for the corpus from alibabacloud-automation/terraform-alicloud-dnat (2026 snapshot):
# its inputs, its one lookup, its resource and the intent of each expression, as our own HCL.

# The gateway is always looked up (ids = null, every gateway, when no id is given); its DNAT table
# is used only when the caller passes no dnat_table_id. The real data source returns one
# dnat_table_id per gateway.
data "alicloud_nat_gateways" "this" {
  ids = var.nat_gateway_id != "" ? [var.nat_gateway_id] : null
}

locals {
  dnat_table_id = var.dnat_table_id != "" ? var.dnat_table_id : (var.nat_gateway_id != "" ? concat(data.alicloud_nat_gateways.this.gateways[*].dnat_table_id, [""])[0] : "")
}

# One entry per item of var.entries; a key an item leaves out falls back to the module-wide
# address (external_ip, internal_ip), to "any" (protocol, external port), or, for the internal
# port, to the item's external port.
resource "alicloud_forward_entry" "this" {
  count = var.create ? length(var.entries) : 0

  forward_table_id   = local.dnat_table_id
  forward_entry_name = lookup(var.entries[count.index], "name", format("tf-dnat-entry%3d", count.index + 1))
  ip_protocol        = lookup(var.entries[count.index], "ip_protocol", "any")
  external_ip        = lookup(var.entries[count.index], "external_ip", var.external_ip)
  external_port      = lookup(var.entries[count.index], "external_port", "any")
  internal_ip        = lookup(var.entries[count.index], "internal_ip", var.internal_ip)
  internal_port      = lookup(var.entries[count.index], "internal_port", lookup(var.entries[count.index], "external_port", "any"))
}
