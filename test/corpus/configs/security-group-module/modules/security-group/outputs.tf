output "this_security_group_id" {
  value = local.sg_id
}

output "rule_ids" {
  value = concat(alicloud_security_group_rule.ingress[*].id, alicloud_security_group_rule.from_group[*].id)
}
