output "this_ids" {
  value = module.example.this_ids
}

output "this_availability_zone" {
  value = module.example.this_availability_zone
}

output "this_vswitch_id" {
  value = module.example.this_vswitch_id
}

output "this_security_group_ids" {
  value = module.example.this_security_group_ids
}

output "this_key_name" {
  value = module.example.this_key_name
}

output "this_image_id" {
  value = module.example.this_image_id
}

output "this_instance_type" {
  value = module.example.this_instance_type
}

output "this_private_ips" {
  value = module.example.this_private_ips
}

output "this_access_internet_ip" {
  value = module.example.this_access_internet_ip
}

output "this_access_instance_ip" {
  value = module.example.this_access_instance_ip
}
