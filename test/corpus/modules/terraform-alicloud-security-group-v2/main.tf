resource "alicloud_security_group" "this" {
  count               = var.create ? 1 : 0
  security_group_name = local.group_name
  vpc_id              = var.vpc_id
  description         = local.description
  security_group_type = var.security_group_type
  tags                = var.tags
  resource_group_id   = var.resource_group_id
}

# Each input shape becomes a flat list of rule objects; one resource per shape and direction, as
# in the module (so state addresses match it). A named rule fills in ports, protocol and
# description that an entry leaves out; "_" is the module's placeholder when no rule is named.
locals {
  ingress_ports = length(var.ingress_ports) > 0 ? var.ingress_ports : var.ingress_with_ports
  egress_ports  = length(var.egress_ports) > 0 ? var.egress_ports : var.egress_with_ports

  ingress_ports_priority = var.priority_for_ingress_with_ports > 0 ? var.priority_for_ingress_with_ports : var.default_ingress_priority
  egress_ports_priority  = var.priority_for_egress_with_ports > 0 ? var.priority_for_egress_with_ports : var.default_egress_priority

  ingress_rules = flatten([for rule in var.ingress_rules : [for cidr in var.ingress_cidr_blocks : { rule = rule, cidr = cidr }]])
  egress_rules  = flatten([for rule in var.egress_rules : [for cidr in var.egress_cidr_blocks : { rule = rule, cidr = cidr }]])

  ingress_with_cidr_blocks = flatten([
    for e in var.ingress_with_cidr_blocks : [
      for cidr in split(",", lookup(e, "cidr_blocks", join(",", var.ingress_cidr_blocks))) : {
        cidr        = cidr
        priority    = lookup(e, "priority", var.default_ingress_priority)
        from        = lookup(e, "from_port", lookup(e, "rule", null) == null ? 0 : var.rules[lookup(e, "rule", "_")][0])
        to          = lookup(e, "to_port", lookup(e, "rule", null) == null ? 0 : var.rules[lookup(e, "rule", "_")][1])
        protocol    = lookup(e, "protocol", lookup(e, "rule", null) == null ? "" : var.rules[lookup(e, "rule", "_")][2])
        description = lookup(e, "description", lookup(e, "rule", null) == null ? "Ingress Rule With Cidr Block ${cidr}" : var.rules[lookup(e, "rule", "_")][3])
      }
    ]
  ])
  egress_with_cidr_blocks = flatten([
    for e in var.egress_with_cidr_blocks : [
      for cidr in split(",", lookup(e, "cidr_blocks", join(",", var.egress_cidr_blocks))) : {
        cidr        = cidr
        priority    = lookup(e, "priority", var.default_egress_priority)
        from        = lookup(e, "from_port", lookup(e, "rule", null) == null ? 0 : var.rules[lookup(e, "rule", "_")][0])
        to          = lookup(e, "to_port", lookup(e, "rule", null) == null ? 0 : var.rules[lookup(e, "rule", "_")][1])
        protocol    = lookup(e, "protocol", lookup(e, "rule", null) == null ? "" : var.rules[lookup(e, "rule", "_")][2])
        description = lookup(e, "description", lookup(e, "rule", null) == null ? "Egress Rule With Cidr Block ${cidr}" : var.rules[lookup(e, "rule", "_")][3])
      }
    ]
  ])

  ingress_with_cidr_blocks_and_ports = flatten([
    for e in var.ingress_with_cidr_blocks_and_ports : [
      for cidr in split(",", lookup(e, "cidr_blocks", join(",", var.ingress_cidr_blocks))) : [
        for port in split(",", lookup(e, "ports", join(",", local.ingress_ports))) : {
          cidr        = cidr
          port        = port
          priority    = lookup(e, "priority", local.ingress_ports_priority)
          protocol    = lookup(e, "protocol", var.protocol_for_ingress_with_ports)
          description = lookup(e, "description", "Ingress Rule With Cidr Block ${cidr} and Port ${port}")
        }
      ]
    ]
  ])
  egress_with_cidr_blocks_and_ports = flatten([
    for e in var.egress_with_cidr_blocks_and_ports : [
      for cidr in split(",", lookup(e, "cidr_blocks", join(",", var.egress_cidr_blocks))) : [
        for port in split(",", lookup(e, "ports", join(",", local.egress_ports))) : {
          cidr        = cidr
          port        = port
          priority    = lookup(e, "priority", local.egress_ports_priority)
          protocol    = lookup(e, "protocol", var.protocol_for_egress_with_ports)
          description = lookup(e, "description", "Egress Rule With Cidr Block ${cidr} and Port ${port}")
        }
      ]
    ]
  ])

  ingress_with_source_security_group_id = [
    for e in var.ingress_with_source_security_group_id : {
      group       = lookup(e, "source_security_group_id", "")
      priority    = lookup(e, "priority", var.default_ingress_priority)
      from        = lookup(e, "from_port", lookup(e, "rule", null) == null ? 0 : var.rules[lookup(e, "rule", "_")][0])
      to          = lookup(e, "to_port", lookup(e, "rule", null) == null ? 0 : var.rules[lookup(e, "rule", "_")][1])
      protocol    = lookup(e, "protocol", lookup(e, "rule", null) == null ? "" : var.rules[lookup(e, "rule", "_")][2])
      description = lookup(e, "description", lookup(e, "rule", null) == null ? "Ingress Rule With Source Security Group ${lookup(e, "source_security_group_id", "")}" : var.rules[lookup(e, "rule", "_")][3])
    }
  ]
  egress_with_source_security_group_id = [
    for e in var.egress_with_source_security_group_id : {
      group       = lookup(e, "source_security_group_id", "")
      priority    = lookup(e, "priority", var.default_egress_priority)
      from        = lookup(e, "from_port", lookup(e, "rule", null) == null ? 0 : var.rules[lookup(e, "rule", "_")][0])
      to          = lookup(e, "to_port", lookup(e, "rule", null) == null ? 0 : var.rules[lookup(e, "rule", "_")][1])
      protocol    = lookup(e, "protocol", lookup(e, "rule", null) == null ? "" : var.rules[lookup(e, "rule", "_")][2])
      description = lookup(e, "description", lookup(e, "rule", null) == null ? "Egress Rule With Source Security Group ${lookup(e, "source_security_group_id", "")}" : var.rules[lookup(e, "rule", "_")][3])
    }
  ]
}

# ---- ingress

resource "alicloud_security_group_rule" "ingress_rules" {
  count             = var.create_rules ? length(local.ingress_rules) : 0
  security_group_id = local.this_sg_id
  type              = "ingress"
  nic_type          = "intranet"
  ip_protocol       = var.rules[local.ingress_rules[count.index].rule][2]
  port_range        = "${var.rules[local.ingress_rules[count.index].rule][0]}/${var.rules[local.ingress_rules[count.index].rule][1]}"
  cidr_ip           = local.ingress_rules[count.index].cidr
  priority          = var.priority_for_ingress_rules > 0 ? var.priority_for_ingress_rules : var.default_ingress_priority
  description       = var.rules[local.ingress_rules[count.index].rule][3]
}

resource "alicloud_security_group_rule" "ingress_with_cidr_blocks" {
  count             = var.create_rules ? length(local.ingress_with_cidr_blocks) : 0
  security_group_id = local.this_sg_id
  type              = "ingress"
  nic_type          = "intranet"
  ip_protocol       = local.ingress_with_cidr_blocks[count.index].protocol
  port_range        = "${local.ingress_with_cidr_blocks[count.index].from}/${local.ingress_with_cidr_blocks[count.index].to}"
  cidr_ip           = local.ingress_with_cidr_blocks[count.index].cidr
  priority          = local.ingress_with_cidr_blocks[count.index].priority
  description       = local.ingress_with_cidr_blocks[count.index].description
}

# Deprecated input (one CIDR per entry), still read by the module.
resource "alicloud_security_group_rule" "ingress_with_cidr_block" {
  count             = var.create_rules ? length(var.ingress_with_cidr_block) : 0
  security_group_id = local.this_sg_id
  type              = "ingress"
  nic_type          = "intranet"
  ip_protocol       = lookup(var.ingress_with_cidr_block[count.index], "protocol", var.rules[lookup(var.ingress_with_cidr_block[count.index], "rule", "_")][2])
  port_range        = "${lookup(var.ingress_with_cidr_block[count.index], "from_port", var.rules[lookup(var.ingress_with_cidr_block[count.index], "rule", "_")][0])}/${lookup(var.ingress_with_cidr_block[count.index], "to_port", var.rules[lookup(var.ingress_with_cidr_block[count.index], "rule", "_")][1])}"
  cidr_ip           = lookup(var.ingress_with_cidr_block[count.index], "cidr_block", split(",", lookup(var.ingress_with_cidr_block[count.index], "cidr_blocks", ""))[0])
  priority          = lookup(var.ingress_with_cidr_block[count.index], "priority", var.default_ingress_priority)
  description       = lookup(var.ingress_with_cidr_block[count.index], "description", "Ingress Rule")
}

resource "alicloud_security_group_rule" "ingress_with_cidr_blocks_and_ports" {
  count             = var.create_rules ? length(local.ingress_with_cidr_blocks_and_ports) : 0
  security_group_id = local.this_sg_id
  type              = "ingress"
  nic_type          = "intranet"
  ip_protocol       = local.ingress_with_cidr_blocks_and_ports[count.index].protocol
  port_range        = "${local.ingress_with_cidr_blocks_and_ports[count.index].port}/${local.ingress_with_cidr_blocks_and_ports[count.index].port}"
  cidr_ip           = local.ingress_with_cidr_blocks_and_ports[count.index].cidr
  priority          = local.ingress_with_cidr_blocks_and_ports[count.index].priority
  description       = local.ingress_with_cidr_blocks_and_ports[count.index].description
}

resource "alicloud_security_group_rule" "ingress_with_source_security_group_id" {
  count                    = var.create_rules ? length(local.ingress_with_source_security_group_id) : 0
  security_group_id        = local.this_sg_id
  type                     = "ingress"
  nic_type                 = "intranet"
  ip_protocol              = local.ingress_with_source_security_group_id[count.index].protocol
  port_range               = "${local.ingress_with_source_security_group_id[count.index].from}/${local.ingress_with_source_security_group_id[count.index].to}"
  source_security_group_id = local.ingress_with_source_security_group_id[count.index].group
  priority                 = local.ingress_with_source_security_group_id[count.index].priority
  description              = local.ingress_with_source_security_group_id[count.index].description
}

# ---- egress (the same shapes)

resource "alicloud_security_group_rule" "egress_rules" {
  count             = var.create_rules ? length(local.egress_rules) : 0
  security_group_id = local.this_sg_id
  type              = "egress"
  nic_type          = "intranet"
  ip_protocol       = var.rules[local.egress_rules[count.index].rule][2]
  port_range        = "${var.rules[local.egress_rules[count.index].rule][0]}/${var.rules[local.egress_rules[count.index].rule][1]}"
  cidr_ip           = local.egress_rules[count.index].cidr
  priority          = var.priority_for_egress_rules > 0 ? var.priority_for_egress_rules : var.default_egress_priority
  description       = var.rules[local.egress_rules[count.index].rule][3]
}

resource "alicloud_security_group_rule" "egress_with_cidr_blocks" {
  count             = var.create_rules ? length(local.egress_with_cidr_blocks) : 0
  security_group_id = local.this_sg_id
  type              = "egress"
  nic_type          = "intranet"
  ip_protocol       = local.egress_with_cidr_blocks[count.index].protocol
  port_range        = "${local.egress_with_cidr_blocks[count.index].from}/${local.egress_with_cidr_blocks[count.index].to}"
  cidr_ip           = local.egress_with_cidr_blocks[count.index].cidr
  priority          = local.egress_with_cidr_blocks[count.index].priority
  description       = local.egress_with_cidr_blocks[count.index].description
}

resource "alicloud_security_group_rule" "egress_with_cidr_block" {
  count             = var.create_rules ? length(var.egress_with_cidr_block) : 0
  security_group_id = local.this_sg_id
  type              = "egress"
  nic_type          = "intranet"
  ip_protocol       = lookup(var.egress_with_cidr_block[count.index], "protocol", var.rules[lookup(var.egress_with_cidr_block[count.index], "rule", "_")][2])
  port_range        = "${lookup(var.egress_with_cidr_block[count.index], "from_port", var.rules[lookup(var.egress_with_cidr_block[count.index], "rule", "_")][0])}/${lookup(var.egress_with_cidr_block[count.index], "to_port", var.rules[lookup(var.egress_with_cidr_block[count.index], "rule", "_")][1])}"
  cidr_ip           = lookup(var.egress_with_cidr_block[count.index], "cidr_block", split(",", lookup(var.egress_with_cidr_block[count.index], "cidr_blocks", ""))[0])
  priority          = lookup(var.egress_with_cidr_block[count.index], "priority", var.default_egress_priority)
  description       = lookup(var.egress_with_cidr_block[count.index], "description", "Egress Rule")
}

resource "alicloud_security_group_rule" "egress_with_cidr_blocks_and_ports" {
  count             = var.create_rules ? length(local.egress_with_cidr_blocks_and_ports) : 0
  security_group_id = local.this_sg_id
  type              = "egress"
  nic_type          = "intranet"
  ip_protocol       = local.egress_with_cidr_blocks_and_ports[count.index].protocol
  port_range        = "${local.egress_with_cidr_blocks_and_ports[count.index].port}/${local.egress_with_cidr_blocks_and_ports[count.index].port}"
  cidr_ip           = local.egress_with_cidr_blocks_and_ports[count.index].cidr
  priority          = local.egress_with_cidr_blocks_and_ports[count.index].priority
  description       = local.egress_with_cidr_blocks_and_ports[count.index].description
}

resource "alicloud_security_group_rule" "egress_with_source_security_group_id" {
  count                    = var.create_rules ? length(local.egress_with_source_security_group_id) : 0
  security_group_id        = local.this_sg_id
  type                     = "egress"
  nic_type                 = "intranet"
  ip_protocol              = local.egress_with_source_security_group_id[count.index].protocol
  port_range               = "${local.egress_with_source_security_group_id[count.index].from}/${local.egress_with_source_security_group_id[count.index].to}"
  source_security_group_id = local.egress_with_source_security_group_id[count.index].group
  priority                 = local.egress_with_source_security_group_id[count.index].priority
  description              = local.egress_with_source_security_group_id[count.index].description
}
