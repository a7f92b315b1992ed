# The root module's outputs, passed through.
output "this_eip_id" {
  value = module.eip-network-interface.this_eip_id
}

output "this_eip_name" {
  value = module.eip-network-interface.this_eip_name
}

output "this_eip_description" {
  value = module.eip-network-interface.this_eip_description
}

output "this_eip_internet_charge_type" {
  value = module.eip-network-interface.this_eip_internet_charge_type
}

output "this_eip_instance_charge_type" {
  value = module.eip-network-interface.this_eip_instance_charge_type
}

output "this_eip_bandwidth" {
  value = module.eip-network-interface.this_eip_bandwidth
}

output "this_eip_isp" {
  value = module.eip-network-interface.this_eip_isp
}

output "this_eip_status" {
  value = module.eip-network-interface.this_eip_status
}

output "this_eip_address" {
  value = module.eip-network-interface.this_eip_address
}

output "this_eip_tags" {
  value = module.eip-network-interface.this_eip_tags
}

output "this_eip_resource_group_id" {
  value = module.eip-network-interface.this_eip_resource_group_id
}

output "this_eip_association_id" {
  value = module.eip-network-interface.this_eip_association_id
}

output "this_eip_association_instance_id" {
  value = module.eip-network-interface.this_eip_association_instance_id
}

output "this_eip_association_instance_type" {
  value = module.eip-network-interface.this_eip_association_instance_type
}
