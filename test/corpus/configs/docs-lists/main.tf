# Docs examples of the list data sources' pages (d/<name>.html.markdown, Example Usage) for the
# families the sandbox serves. Each child directory is one example, unchanged (or a named variant,
# see EXCLUDED.md), as a root module would hold it; grouping them runs them in one apply.

module "snat_entries_1_with_vswitch" {
  source = "./snat_entries-1-with-vswitch"
}

module "forward_entries_1" {
  source = "./forward_entries-1"
}

module "route_entries_1" {
  source = "./route_entries-1"
}

module "vpn_connections_1" {
  source = "./vpn_connections-1"
}

module "vpn_customer_gateways_1" {
  source = "./vpn_customer_gateways-1"
}

module "regions_1" {
  source = "./regions-1"
}

module "account_1" {
  source = "./account-1"
}

module "caller_identity_1" {
  source = "./caller_identity-1"
}
