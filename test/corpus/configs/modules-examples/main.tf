# Community-module examples, one child directory each, grouped so that one apply runs them all.
#
# The alibabacloud-automation ECS-instance module's per-family examples (2026 snapshot): the seven
# x86-architecture/* ones, bare-metal, and the GPU, vGPU and (deprecated) FPGA heterogeneous ones,
# one child directory each, grouped so that one apply runs them all. Each builds its own VPC,
# VSwitch and group in the zone its example names and launches the first type of its family that
# alicloud_instance_types finds there, from the newest ^ubuntu_18.*64 image. The sub-modules are
# our copies under ../../modules/terraform-alicloud-ecs-instance-v2/modules. EXCLUDED.md lists the
# module's examples left out (super-computing-cluster/cpu needs alicloud_ecs_hpc_cluster).

module "x86_general_purpose" {
  source = "./x86-general-purpose"
}

module "x86_compute_optimized" {
  source = "./x86-compute-optimized"
}

module "x86_memory_optimized" {
  source = "./x86-memory-optimized"
}

module "x86_entry_level" {
  source = "./x86-entry-level"
}

module "x86_high_clock_speed" {
  source = "./x86-high-clock-speed"
}

module "x86_big_data" {
  source = "./x86-big-data"
}

module "x86_local_ssd" {
  source = "./x86-local-ssd"
}

module "bare_metal" {
  source = "./bare-metal"
}

module "gpu" {
  source = "./gpu"
}

module "vgpu" {
  source = "./vgpu"
}

module "fpga_deprecated" {
  source = "./fpga-deprecated"
}

# The alibabacloud-automation EIP module's associate-with-ecs (two ecs.g9i instances in
# ap-southeast-5), -nat-gateway and -network-interface examples (2026 snapshot), and the older
# terraform-alicloud-modules EIP module's associate-with-network-interface example.
module "eip_associate_with_ecs" {
  source = "./eip-associate-with-ecs"
}

module "eip_associate_with_nat_gateway" {
  source = "./eip-associate-with-nat-gateway"
}

module "eip_associate_with_network_interface" {
  source = "./eip-associate-with-network-interface"
}

module "eip1_associate_with_network_interface" {
  source = "./eip1-associate-with-network-interface"
}

# aliyun/alibabacloud-landing-zone: the one sample whose types are all served and that needs no
# existing resources, placeholders or other providers (EXCLUDED.md lists the rest).
module "landing_zone_golden_image_step1_force_delete" {
  source = "./landing-zone-golden-image-step1-force-delete"
}
