# Re-created for the corpus from alibabacloud-automation/terraform-alicloud-network-with-security-group
# (snapshot 8c38f1b): its inputs, module calls and the intent of each expression, written as our
# own HCL. It wires two registry modules, alibaba/vpc 2.0.0 and alibaba/security-group 3.0.0,
# whose copies are ../terraform-alicloud-vpc-v2 and ../terraform-alicloud-security-group-v2.

locals {
  # use_existing_vpc wins over create_vpc.
  create_vpc = var.use_existing_vpc ? false : var.create_vpc
}

module "vpc" {
  source = "../terraform-alicloud-vpc-v2"

  create          = local.create_vpc
  vpc_id          = var.existing_vpc_id
  vpc_name        = var.vpc_name
  vpc_cidr        = var.vpc_cidr
  vpc_description = var.vpc_description
  vpc_tags        = var.vpc_tags

  vswitch_cidrs       = var.vswitch_cidrs
  availability_zones  = var.availability_zones
  vswitch_name        = var.vswitch_name
  use_num_suffix      = var.use_num_suffix
  vswitch_description = var.vswitch_description
  vswitch_tags        = var.vswitch_tags
}

# The group lands in the VPC module's VPC (its deprecated vpc_id output).
module "security_group" {
  source = "../terraform-alicloud-security-group-v2"

  create      = var.create_security_group
  vpc_id      = module.vpc.vpc_id
  name        = var.name
  description = var.description
  tags        = var.security_group_tags

  ingress_rules                         = var.ingress_rules
  ingress_cidr_blocks                   = var.ingress_cidr_blocks
  priority_for_ingress_rules            = var.priority_for_ingress_rules
  default_ingress_priority              = var.default_ingress_priority
  ingress_with_cidr_blocks              = var.ingress_with_cidr_blocks
  ingress_ports                         = var.ingress_ports
  ingress_with_cidr_blocks_and_ports    = var.ingress_with_cidr_blocks_and_ports
  ingress_with_source_security_group_id = var.ingress_with_source_security_group_id

  egress_rules                         = var.egress_rules
  egress_cidr_blocks                   = var.egress_cidr_blocks
  priority_for_egress_rules            = var.priority_for_egress_rules
  default_egress_priority              = var.default_egress_priority
  egress_with_cidr_blocks              = var.egress_with_cidr_blocks
  egress_ports                         = var.egress_ports
  egress_with_cidr_blocks_and_ports    = var.egress_with_cidr_blocks_and_ports
  egress_with_source_security_group_id = var.egress_with_source_security_group_id
}
