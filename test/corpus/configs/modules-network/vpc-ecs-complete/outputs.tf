output "this_ecs_name" {
  value = module.example.this_ecs_name
}
