output "this_security_group_id" {
  value = module.sg.this_security_group_id
}

output "this_security_group_vpc_id" {
  value = module.sg.this_security_group_vpc_id
}

output "this_security_group_name" {
  value = module.sg.this_security_group_name
}
