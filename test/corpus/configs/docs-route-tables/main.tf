# Docs examples of the custom route table pages (r/route_table, r/route_table_attachment,
# d/route_tables) and of d/vpn_gateway_zones, one child directory each, as a root module would
# hold it; grouped so that one apply runs them all.

module "route_table_1" {
  source = "./route_table-1"
}

module "route_table_attachment_1" {
  source = "./route_table_attachment-1"
}

module "route_tables_1" {
  source = "./route_tables-1"
}

module "vpn_gateway_zones_1" {
  source = "./vpn_gateway_zones-1"
}
