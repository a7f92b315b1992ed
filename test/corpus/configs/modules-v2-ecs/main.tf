# The alibabacloud-automation/* security-group and SNAT modules' own examples
# (2026 snapshots), one child directory each, as the example's own directory holds it; grouped so
# that one apply runs them all. Their registry calls (alibaba/security-group 3.0.0,
# alibaba/ecs-instance 4.0.0, alibaba/vpc 2.0.0, terraform-alicloud-modules/eip 3.0.1) point at the
# copies in ../../modules, since there is no registry offline. The modules declare random_uuid /
# random_integer: the corpus test attaches a hashicorp/random stand-in. EXCLUDED.md lists the
# examples left out.

module "security_group_complete" {
  source = "./security-group-complete"
}

module "snat_complete" {
  source = "./snat-complete"
}
