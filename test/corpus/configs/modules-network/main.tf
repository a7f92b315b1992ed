# Community-module examples (alibabacloud-automation/*, 2026 snapshots), one child directory
# each, grouped so that one apply runs them all. The modules they call are our copies under
# ../../modules. EXCLUDED.md lists what each variant changes and the examples left out.

# vpc-ecs-eip: an EIP bound to a secondary ENI next to an ecs.g9i instance with an encrypted data
# disk, in ap-southeast-5.
module "vpc_ecs_eip_complete" {
  source = "./vpc-ecs-eip-complete"
}

# vpc-ecs: the same instance without the EIP and ENI, its group named through the deprecated
# `name` (>= 1.56.0).
module "vpc_ecs_complete" {
  source = "./vpc-ecs-complete"
}

# ecs-cluster (a variant without the example's key pair, see its main.tf): two ecs.g9i instances
# in cn-zhangjiakou with user data, an Enhanced NAT gateway with two deprecated alicloud_eip, a
# SNAT entry for the VSwitch and a DNAT entry (tcp 22) to the first instance.
module "ecs_cluster_complete_without_key_pair" {
  source = "./ecs-cluster-complete-without-key-pair"
}

# network-with-security-group (a variant whose two source groups sit in a VPC of its own, see its
# main.tf): the VPC and security-group modules wired together, 14 rules of every shape.
module "network_with_security_group_complete_own_vpc" {
  source = "./network-with-security-group-complete-own-vpc"
}
