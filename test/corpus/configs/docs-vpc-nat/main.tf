# Docs examples that need a VPC NAT gateway (network_type = "intranet"): the forward entry page's
# example (a DNAT entry on a NAT IP) and the NAT IP and NAT IP CIDR pages' examples. Each child
# directory is one example, unchanged, as a root module would hold it.

module "forward_entry_1" {
  source = "./forward_entry-1"
}

module "vpc_nat_ip_1" {
  source = "./vpc_nat_ip-1"
}

module "vpc_nat_ip_cidr_1" {
  source = "./vpc_nat_ip_cidr-1"
}
