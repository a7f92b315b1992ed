# The module's outputs, the deprecated ones (vpc_id, cidr_block, vswitch_ids, …) included: the
# NAT-gateway module's example reads `cidr_block`, and `this_vswitch_names` reads the VSwitch's
# deprecated `name` attribute.
output "vpc_id" {
  value = local.this_vpc_id
}

output "cidr_block" {
  value = concat(alicloud_vpc.vpc[*].cidr_block, [""])[0]
}

output "vswitch_ids" {
  value = alicloud_vswitch.vswitches[*].id
}

output "availability_zones" {
  value = alicloud_vswitch.vswitches[*].availability_zone
}

output "router_id" {
  value = alicloud_route_entry.route_entry[*].router_id
}

output "route_table_id" {
  value = alicloud_route_entry.route_entry[*].route_table_id
}

output "this_vpc_id" {
  value = local.this_vpc_id
}

output "this_vpc_name" {
  value = local.this_vpc_name
}

output "this_vpc_cidr_block" {
  value = local.this_vpc_cidr_block
}

output "this_vpc_tags" {
  value = concat(alicloud_vpc.vpc[*].tags, [{}])[0]
}

output "this_resource_group_id" {
  value = concat(alicloud_vpc.vpc[*].resource_group_id, [""])[0]
}

output "this_vswitch_ids" {
  value = alicloud_vswitch.vswitches[*].id
}

output "this_vswitch_names" {
  value = alicloud_vswitch.vswitches[*].name
}

output "this_vswitch_cidr_blocks" {
  value = alicloud_vswitch.vswitches[*].cidr_block
}

output "this_vswitch_tags" {
  value = alicloud_vswitch.vswitches[*].tags
}

output "this_availability_zones" {
  value = alicloud_vswitch.vswitches[*].availability_zone
}

output "this_route_table_id" {
  value = local.route_table_id
}

output "this_router_id" {
  value = concat(alicloud_route_entry.route_entry[*].router_id, [""])[0]
}
