# alibabacloud-automation/terraform-alicloud-network-with-nat's own example (2026 snapshot), as the
# example's directory holds it; its registry calls point at the copies in ../../modules, since
# there is no registry offline. The security-group module declares random_uuid: the corpus test
# attaches a hashicorp/random stand-in. EXCLUDED.md says what is left out.

module "network_with_nat_complete" {
  source = "./network-with-nat-complete"
}
