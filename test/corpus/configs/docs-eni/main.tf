# Docs examples of the ENI pages (r/ecs_network_interface, r/ecs_network_interface_attachment and
# their deprecated twins r/network_interface, r/network_interface_attachment), Example Usage.
# Each child directory is one example, unchanged, as a root module would hold it; grouping them
# here runs them in one apply.

module "ecs_network_interface_1" {
  source = "./ecs_network_interface-1"
}

module "ecs_network_interface_attachment_1" {
  source = "./ecs_network_interface_attachment-1"
}

module "network_interface_1" {
  source = "./network_interface-1"
}

module "network_interface_attachment_1" {
  source = "./network_interface_attachment-1"
}
