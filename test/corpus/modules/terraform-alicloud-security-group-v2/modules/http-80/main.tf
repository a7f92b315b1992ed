# The module's http-80 preset: the root module with HTTP (80/tcp) always open for ingress and
# everything open for egress, on top of what the caller adds. Re-created as our own HCL. As in the
# module, its description input is declared but not passed on (the group's description stays "").
module "sg" {
  source = "../../"

  create              = var.create
  existing_group_id   = var.existing_group_id
  name                = var.name
  vpc_id              = var.vpc_id
  tags                = var.tags
  security_group_type = var.security_group_type

  # compact() drops the "" that keeps concat() from being empty.
  ingress_rules                         = sort(compact(distinct(concat(var.auto_ingress_rules, var.ingress_rules, [""]))))
  priority_for_ingress_rules            = var.priority_for_ingress_rules
  ingress_cidr_blocks                   = var.ingress_cidr_blocks
  ingress_with_cidr_blocks              = var.ingress_with_cidr_blocks
  ingress_with_cidr_blocks_and_ports    = var.ingress_with_cidr_blocks_and_ports
  ingress_ports                         = var.ingress_with_ports
  ingress_with_source_security_group_id = var.ingress_with_source_security_group_id
  default_ingress_priority              = var.default_ingress_priority

  egress_rules                         = sort(compact(distinct(concat(var.auto_egress_rules, var.egress_rules, [""]))))
  priority_for_egress_rules            = var.priority_for_egress_rules
  egress_cidr_blocks                   = var.egress_cidr_blocks
  egress_with_cidr_blocks              = var.egress_with_cidr_blocks
  egress_with_cidr_blocks_and_ports    = var.egress_with_cidr_blocks_and_ports
  egress_ports                         = var.egress_with_ports
  egress_with_source_security_group_id = var.egress_with_source_security_group_id
  default_egress_priority              = var.default_egress_priority
}
