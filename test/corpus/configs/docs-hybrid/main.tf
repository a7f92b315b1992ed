# Docs examples of the hybrid resources' pages (r/<name>.html.markdown, Example Usage).
# Each child directory is one example, unchanged, as a root module would hold it; grouping them
# here runs many examples in one apply (the corpus test's time stays bounded).

module "express_connect_physical_connection_1" {
  source = "./express_connect_physical_connection-1"
}

module "router_interface_1" {
  source = "./router_interface-1"
}

module "router_interface_connection_1" {
  source = "./router_interface_connection-1"
}

module "vpn_customer_gateway_1" {
  source = "./vpn_customer_gateway-1"
}

module "vpn_connection_1" {
  source = "./vpn_connection-1"
}
