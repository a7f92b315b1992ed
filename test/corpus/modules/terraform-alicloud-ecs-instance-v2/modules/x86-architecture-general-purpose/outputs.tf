output "this_instance_id" {
  description = "Instance ids."
  value       = module.ecs-instance.this_instance_id
}

output "this_instance_name" {
  description = "Instance names."
  value       = module.ecs-instance.this_instance_name
}

output "this_instance_type" {
  description = "Instance types."
  value       = module.ecs-instance.this_instance_type
}

output "this_image_id" {
  description = "Images the instances run."
  value       = module.ecs-instance.this_image_id
}

output "this_instance_tags" {
  description = "Tags of the instances."
  value       = module.ecs-instance.this_instance_tags
}

output "this_private_ip" {
  description = "Private addresses."
  value       = module.ecs-instance.this_private_ip
}

output "this_public_ip" {
  description = "Public addresses."
  value       = module.ecs-instance.this_public_ip
}

output "this_availability_zone" {
  description = "Zones of the instances."
  value       = module.ecs-instance.this_availability_zone
}

output "this_system_disk_auto_snapshot_policy_id" {
  description = "Snapshot policies of the system disks."
  value       = module.ecs-instance.this_system_disk_auto_snapshot_policy_id
}

output "this_vswitch_id" {
  description = "VSwitches of the instances."
  value       = module.ecs-instance.this_vswitch_id
}

output "this_security_group_ids" {
  description = "Security groups of the instances."
  value       = module.ecs-instance.this_security_group_ids
}
