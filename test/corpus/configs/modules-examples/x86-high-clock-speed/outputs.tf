output "this_instance_id" {
  value = module.ecs_instance.this_instance_id
}

output "this_instance_name" {
  value = module.ecs_instance.this_instance_name
}

output "this_instance_type" {
  value = module.ecs_instance.this_instance_type
}

output "this_image_id" {
  value = module.ecs_instance.this_image_id
}

output "this_instance_tags" {
  value = module.ecs_instance.this_instance_tags
}

output "this_private_ip" {
  value = module.ecs_instance.this_private_ip
}

output "this_public_ip" {
  value = module.ecs_instance.this_public_ip
}

output "this_availability_zone" {
  value = module.ecs_instance.this_availability_zone
}

output "this_vswitch_id" {
  value = module.ecs_instance.this_vswitch_id
}

output "this_security_group_ids" {
  value = module.ecs_instance.this_security_group_ids
}
