output "this_security_group_id" {
  value = local.this_sg_id
}

output "this_security_group_vpc_id" {
  value = var.vpc_id
}

output "this_security_group_name" {
  value = alicloud_security_group.this[*].security_group_name
}

output "this_security_group_description" {
  value = alicloud_security_group.this[*].description
}
