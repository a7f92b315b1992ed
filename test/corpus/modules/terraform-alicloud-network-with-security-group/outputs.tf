output "this_vpc_id" {
  value = module.vpc.this_vpc_id
}

output "this_vpc_name" {
  value = module.vpc.this_vpc_name
}

output "this_vpc_tags" {
  value = module.vpc.this_vpc_tags
}

output "this_vpc_cidr_block" {
  value = module.vpc.this_vpc_cidr_block
}

output "this_vswitch_ids" {
  value = module.vpc.this_vswitch_ids
}

output "this_availability_zones" {
  value = module.vpc.this_availability_zones
}

output "this_vswitch_names" {
  value = module.vpc.this_vswitch_names
}

output "this_vswitch_tags" {
  value = module.vpc.this_vswitch_tags
}

output "this_vswitch_cidr_blocks" {
  value = module.vpc.this_vswitch_cidr_blocks
}

output "this_security_group_id" {
  value = module.security_group.this_security_group_id
}

output "this_security_group_vpc_id" {
  value = module.security_group.this_security_group_vpc_id
}

output "this_security_group_name" {
  value = module.security_group.this_security_group_name
}

output "this_security_group_description" {
  value = module.security_group.this_security_group_description
}
