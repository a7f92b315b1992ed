output "this_vpc_id" {
  value = module.vpc_security_group.this_vpc_id
}

output "this_vpc_tags" {
  value = module.vpc_security_group.this_vpc_tags
}

output "this_vswitch_ids" {
  value = module.vpc_security_group.this_vswitch_ids
}

output "this_vswitch_tags" {
  value = module.vpc_security_group.this_vswitch_tags
}

output "this_availability_zones" {
  value = module.vpc_security_group.this_availability_zones
}

output "this_vswitch_cidr_block" {
  value = module.vpc_security_group.this_vswitch_cidr_blocks
}

output "this_security_group_id" {
  value = module.vpc_security_group.this_security_group_id
}

output "this_security_group_vpc_id" {
  value = module.vpc_security_group.this_security_group_vpc_id
}

output "this_security_group_name" {
  value = module.vpc_security_group.this_security_group_name
}

output "this_security_group_description" {
  value = module.vpc_security_group.this_security_group_description
}
