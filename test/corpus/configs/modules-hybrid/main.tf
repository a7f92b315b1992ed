# The DNAT and route-table community modules' own examples (alibabacloud-automation/*, 2026
# snapshots), one child directory each, grouped so that one apply runs them all. Registry modules
# they call point at the copies in ../../modules (no registry offline). EXCLUDED.md lists the
# examples of the hybrid repositories left out: the VPN-gateway, VPN policy-route, hybrid-cloud-
# network and Express Connect modules need CEN / transit routers, BGP, SSL-VPN or Express Connect
# Router types the sandbox does not serve, or presume an account's VPN gateway or physical
# connection.

module "dnat_complete" {
  source = "./dnat-complete"
}

# The route-table module's basic example, with the VPC it presumes created beside it (a variant:
# EXCLUDED.md says what changed).
module "route_table_basic_own_vpc" {
  source = "./route-table-basic-own-vpc"
}
