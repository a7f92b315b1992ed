# examples/associate-with-ecs of alibabacloud-automation/terraform-alicloud-eip (2026), as our own
# HCL with the example's names and values. Changes: module sources only (the registry's
# alibaba/security-group 3.0.0 //modules/http-80 and alibaba/ecs-instance 4.0.0, and the
# repository's own sub-module, point at our copies).

provider "alicloud" {
  region = var.region
}

resource "random_uuid" "default" {}

locals {
  name = substr("tf-example-${replace(random_uuid.default.result, "-", "")}", 0, 16)
}

# The first zone that can launch instances, and a 2 vCPU / 8 GiB ecs.g9i type in it.
data "alicloud_zones" "default" {
  available_resource_creation = "Instance"
}

data "alicloud_instance_types" "default" {
  instance_type_family = "ecs.g9i"
  cpu_core_count       = 2
  memory_size          = 8
  availability_zone    = data.alicloud_zones.default.zones[0].id
}

data "alicloud_images" "ubuntu" {
  most_recent   = true
  owners        = "system"
  instance_type = data.alicloud_instance_types.default.instance_types[0].id
}

resource "alicloud_vpc" "default" {
  vpc_name   = local.name
  cidr_block = "10.4.0.0/16"
}

resource "alicloud_vswitch" "default" {
  vswitch_name = local.name
  cidr_block   = "10.4.0.0/24"
  vpc_id       = alicloud_vpc.default.id
  zone_id      = data.alicloud_zones.default.zones[0].id
}

module "web_server_sg" {
  source = "../../../modules/terraform-alicloud-security-group-v2/modules/http-80"

  name                = local.name
  description         = "Security group for web-server with HTTP ports open within VPC"
  vpc_id              = alicloud_vpc.default.id
  ingress_cidr_blocks = ["10.10.0.0/16"]
}

# Two instances without public addresses: the EIPs give them one.
module "ecs_cluster" {
  source = "../../../modules/terraform-alicloud-ecs-instance-v2"

  number_of_instances         = 2
  name                        = local.name
  use_num_suffix              = true
  image_id                    = data.alicloud_images.ubuntu.ids[0]
  instance_type               = data.alicloud_instance_types.default.ids[0]
  vswitch_id                  = alicloud_vswitch.default.id
  security_group_ids          = [module.web_server_sg.this_security_group_id]
  associate_public_ip_address = false
  system_disk_category        = "cloud_essd"
  system_disk_size            = 50
  tags = {
    Created     = "Terraform"
    Environment = "dev"
  }
}

module "associate-with-ecs" {
  source = "../../../modules/terraform-alicloud-eip-v2/modules/associate-with-ecs"

  name                 = local.name
  bandwidth            = 5
  internet_charge_type = "PayByTraffic"
  instance_charge_type = "PostPaid"
  period               = 1
  tags = {
    Env      = "Private"
    Location = "foo"
  }

  # One EIP per instance of the cluster, plus any instance the lookup below finds (none here:
  # nothing is named like "foo*", tagged Create=tf/Env=prod or in resource group rs-132452).
  computed_instances = [
    {
      instance_ids  = module.ecs_cluster.this_instance_id
      instance_type = "EcsInstance"
      private_ips   = []
    }
  ]
  name_regex = "foo*"
  instance_tags = {
    Create = "tf"
    Env    = "prod"
  }
  instance_resource_group_id = "rs-132452"
}
