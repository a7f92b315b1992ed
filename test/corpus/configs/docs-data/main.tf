# Docs examples of the data sources' pages (d/<name>.html.markdown, Example Usage).
# Each child directory is one example, unchanged, as a root module would hold it; grouping them
# here runs many examples in one apply (the corpus test's time stays bounded).

module "enhanced_nat_available_zones_1" {
  source = "./enhanced_nat_available_zones-1"
}

module "images_1" {
  source = "./images-1"
}

module "vswitches_1" {
  source = "./vswitches-1"
}

module "zones_1" {
  source = "./zones-1"
}

module "instance_types_1" {
  source = "./instance_types-1"
}

module "nat_gateways_1_with_vswitch" {
  source = "./nat_gateways-1-with-vswitch"
}

module "security_groups_1_with_group" {
  source = "./security_groups-1-with-group"
}
