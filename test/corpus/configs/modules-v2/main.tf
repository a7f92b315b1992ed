# The alibabacloud-automation/* community modules' own examples (2026 snapshots), one child
# directory each, as the example's own directory holds it. The modules are re-created in
# ../../modules/*-v2; an example's registry calls (alibaba/vpc 2.0.0,
# terraform-alicloud-modules/eip 3.0.1) point at those copies, since there is no registry
# offline. EXCLUDED.md lists the examples left out. Grouped so that one apply runs them all.

module "vpc_complete" {
  source = "./vpc-complete"
}

module "nat_gateway_complete_dnat_on_second_eip" {
  source = "./nat-gateway-complete-dnat-on-second-eip"
}
