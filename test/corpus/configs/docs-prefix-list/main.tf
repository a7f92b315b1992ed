# Docs examples of the prefix-list pages: alicloud_vpc_prefix_list (without its two Resource
# Manager groups, see EXCLUDED.md) and alicloud_ecs_prefix_list (unchanged). The
# alicloud_security_group_rule page has no example that uses prefix_list_id. The
# alicloud_vpc_prefix_lists example reads lists.0.id of an empty account and is left out
# (EXCLUDED.md). Each child directory is one example, as a root
# module would hold it.

module "vpc_prefix_list_1_without_resource_groups" {
  source = "./vpc_prefix_list-1-without-resource-groups"
}

module "ecs_prefix_list_1" {
  source = "./ecs_prefix_list-1"
}
