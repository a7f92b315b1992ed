# Docs examples of the Internet resources' pages (r/<name>.html.markdown, Example Usage).
# Each child directory is one example, unchanged, as a root module would hold it; grouping them
# here runs many examples in one apply (the corpus test's time stays bounded).

module "eip_address_1" {
  source = "./eip_address-1"
}

module "eip_association_1" {
  source = "./eip_association-1"
}

module "nat_gateway_1" {
  source = "./nat_gateway-1"
}

module "nat_gateway_2" {
  source = "./nat_gateway-2"
}

module "snat_entry_1" {
  source = "./snat_entry-1"
}
