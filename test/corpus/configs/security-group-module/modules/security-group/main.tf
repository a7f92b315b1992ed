# Shaped like the community security-group module: one group, then rules expanded with
# flatten/for from predefined rule names crossed with CIDR blocks, and rules from other groups.
resource "alicloud_security_group" "this" {
  count               = var.create ? 1 : 0
  security_group_name = var.name
  description         = var.description
  vpc_id              = var.vpc_id
  security_group_type = "normal"
  tags                = var.tags
}

locals {
  sg_id = concat(alicloud_security_group.this[*].id, [""])[0]
  ingress = flatten([
    for rule in var.ingress_rules : [
      for cidr in var.ingress_cidr_blocks : { rule = rule, cidr = cidr }
    ]
  ])
}

resource "alicloud_security_group_rule" "ingress" {
  count             = var.create ? length(local.ingress) : 0
  security_group_id = local.sg_id
  type              = "ingress"
  nic_type          = "intranet"
  ip_protocol       = var.rules[local.ingress[count.index].rule][2]
  port_range        = "${var.rules[local.ingress[count.index].rule][0]}/${var.rules[local.ingress[count.index].rule][1]}"
  cidr_ip           = local.ingress[count.index].cidr
  priority          = var.default_ingress_priority
  description       = var.rules[local.ingress[count.index].rule][3]
}

resource "alicloud_security_group_rule" "from_group" {
  count                    = var.create ? length(var.ingress_with_source_security_group_id) : 0
  security_group_id        = local.sg_id
  type                     = "ingress"
  nic_type                 = "intranet"
  ip_protocol              = var.rules[var.ingress_with_source_security_group_id[count.index]["rule"]][2]
  port_range               = "${var.rules[var.ingress_with_source_security_group_id[count.index]["rule"]][0]}/${var.rules[var.ingress_with_source_security_group_id[count.index]["rule"]][1]}"
  source_security_group_id = var.ingress_with_source_security_group_id[count.index]["source_security_group_id"]
  priority                 = lookup(var.ingress_with_source_security_group_id[count.index], "priority", var.default_ingress_priority)
}
