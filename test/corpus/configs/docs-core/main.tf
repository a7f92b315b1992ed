# Docs examples of the core resources' pages (r/<name>.html.markdown, Example Usage).
# Each child directory is one example, unchanged, as a root module would hold it; grouping them
# here runs many examples in one apply (the corpus test's time stays bounded).

module "vpc_1" {
  source = "./vpc-1"
}

module "vswitch_1" {
  source = "./vswitch-1"
}

module "vswitch_2" {
  source = "./vswitch-2"
}

module "vswitch_3" {
  source = "./vswitch-3"
}

module "security_group_1" {
  source = "./security_group-1"
}

module "security_group_2" {
  source = "./security_group-2"
}

module "security_group_rule_1" {
  source = "./security_group_rule-1"
}

module "route_entry_1" {
  source = "./route_entry-1"
}

module "instance_1_without_kms" {
  source = "./instance-1-without-kms"
}

module "vpc_ipv4_cidr_block_1" {
  source = "./vpc_ipv4_cidr_block-1"
}
