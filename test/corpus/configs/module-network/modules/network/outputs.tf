output "vpc_id" {
  value = concat(alicloud_vpc.this[*].id, [""])[0]
}

output "route_table_id" {
  value = concat(alicloud_vpc.this[*].route_table_id, [""])[0]
}

output "vswitch_ids" {
  value = alicloud_vswitch.this[*].id
}

output "vswitch_zones" {
  value = alicloud_vswitch.this[*].zone_id
}
