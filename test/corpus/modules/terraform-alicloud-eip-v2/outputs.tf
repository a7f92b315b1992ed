output "this_eip_id" {
  value = alicloud_eip.this[*].id
}

output "this_eip_name" {
  value = alicloud_eip.this[*].address_name
}

output "this_eip_description" {
  value = alicloud_eip.this[*].description
}

output "this_eip_internet_charge_type" {
  value = alicloud_eip.this[*].internet_charge_type
}

output "this_eip_instance_charge_type" {
  value = alicloud_eip.this[*].instance_charge_type
}

output "this_eip_bandwidth" {
  value = alicloud_eip.this[*].bandwidth
}

output "this_eip_isp" {
  value = alicloud_eip.this[*].isp
}

output "this_eip_status" {
  value = alicloud_eip.this[*].status
}

output "this_eip_address" {
  value = alicloud_eip.this[*].ip_address
}

output "this_eip_tags" {
  value = alicloud_eip.this[*].tags
}

output "this_eip_resource_group_id" {
  value = alicloud_eip.this[*].resource_group_id
}

output "this_eip_association_id" {
  value = alicloud_eip_association.this[*].allocation_id
}

output "this_eip_association_instance_id" {
  value = alicloud_eip_association.this[*].instance_id
}

output "this_eip_association_instance_type" {
  value = alicloud_eip_association.this[*].instance_type
}
