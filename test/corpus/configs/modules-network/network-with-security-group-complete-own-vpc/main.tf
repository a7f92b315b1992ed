# examples/complete of alibabacloud-automation/terraform-alicloud-network-with-security-group
# (snapshot 8c38f1b), as our own HCL with the example's names and values. Changes: the module
# source points at our copy; and the two source groups sit in a VPC the example creates, named as
# the one it looks up. As written it reads data "alicloud_vpcs" with name_regex
# "default-NODELETING" (`ids[0]`), a VPC that only the module's test account has.
#
# No provider block: the provider's fallback region.

data "alicloud_zones" "default" {}

resource "alicloud_vpc" "default" {
  vpc_name   = "default-NODELETING"
  cidr_block = "192.168.0.0/16"
}

# The two groups the module's rules take as sources; they are in another VPC than the module's
# group, which the API allows for source groups in the same region.
resource "alicloud_security_group" "default_1" {
  vpc_id = alicloud_vpc.default.id
}

resource "alicloud_security_group" "default_2" {
  vpc_id = alicloud_vpc.default.id
}

module "vpc_security_group" {
  source = "../../../modules/terraform-alicloud-network-with-security-group"

  create_vpc       = true
  use_existing_vpc = false

  vpc_name        = var.vpc_name
  vpc_cidr        = "172.16.0.0/16"
  vpc_description = var.vpc_description
  vpc_tags        = var.vpc_tags

  # One CIDR over every zone of the region: the VSwitch takes the first.
  vswitch_cidrs       = ["172.16.0.0/21"]
  availability_zones  = data.alicloud_zones.default.ids
  vswitch_name        = var.vswitch_name
  use_num_suffix      = false
  vswitch_description = var.vswitch_description
  vswitch_tags        = var.vswitch_tags

  create_security_group = true
  name                  = var.name
  description           = "tf-testacc-sg-description"
  security_group_tags   = var.security_group_tags

  ingress_rules              = ["https-443-tcp"]
  ingress_cidr_blocks        = ["10.10.0.0/16"]
  priority_for_ingress_rules = 1
  default_ingress_priority   = 50

  ingress_with_cidr_blocks = [
    {
      rule        = "dns-udp"
      cidr_blocks = "10.10.0.0/20"
      priority    = 1
    },
    {
      from_port   = 53
      to_port     = 53
      protocol    = "tcp"
      priority    = 2
      description = var.rule_description
    },
  ]

  ingress_ports = [50]
  ingress_with_cidr_blocks_and_ports = [
    {
      cidr_blocks = "10.11.0.0/20"
      ports       = "10"
      protocol    = "tcp"
      priority    = 1
    },
    {
      cidr_blocks = "172.10.0.0/20"
      protocol    = "udp"
      description = var.rule_description
    },
  ]

  ingress_with_source_security_group_id = [
    {
      rule                     = "mysql-tcp"
      source_security_group_id = alicloud_security_group.default_1.id
      priority                 = 1
    },
    {
      source_security_group_id = alicloud_security_group.default_2.id
      from_port                = 10
      to_port                  = 10
      protocol                 = "tcp"
      priority                 = 2
      description              = var.rule_description
    },
  ]

  egress_rules              = ["http-80-tcp"]
  egress_cidr_blocks        = ["10.10.0.0/16"]
  priority_for_egress_rules = 1
  default_egress_priority   = 50

  egress_with_cidr_blocks = [
    {
      rule        = "ipsec-500-udp"
      cidr_blocks = "10.10.0.0/20"
      priority    = 1
    },
    {
      from_port   = 10
      to_port     = 20
      protocol    = "udp"
      priority    = 2
      description = var.rule_description
    },
  ]

  egress_ports = [90]
  egress_with_cidr_blocks_and_ports = [
    {
      cidr_blocks = "10.10.0.0/20"
      ports       = "50"
      protocol    = "tcp"
      priority    = 1
    },
    {
      cidr_blocks = "172.10.0.0/20"
      protocol    = "udp"
      description = var.rule_description
    },
  ]

  egress_with_source_security_group_id = [
    {
      rule                     = "mysql-tcp"
      source_security_group_id = alicloud_security_group.default_1.id
      priority                 = 1
    },
    {
      source_security_group_id = alicloud_security_group.default_2.id
      from_port                = 10
      to_port                  = 10
      protocol                 = "tcp"
      priority                 = 2
      description              = var.rule_description
    },
  ]
}
