# Re-created for the corpus from alibabacloud-automation/terraform-alicloud-network-with-nat (2026
# snapshot): its inputs, resources, counts and the intent of each expression, as our own HCL. Its
# registry calls point at the copies beside it: alibaba/vpc 2.0.0 (terraform-alicloud-vpc-v2),
# terraform-alicloud-modules/eip 3.0.1 (terraform-alicloud-eip-v2), and the SNAT 3.0.1 and DNAT
# 2.0.1 modules (terraform-alicloud-snat-v2 / -dnat-v2, the newer copies with the same inputs).

locals {
  create_vpc      = var.use_existing_vpc ? false : var.create_vpc
  vpc_id          = var.existing_vpc_id != "" ? var.existing_vpc_id : module.vpc.vpc_id
  eips_wanted     = var.number_of_snat_eip + var.number_of_dnat_eip
  create_snat_eip = var.number_of_snat_eip > 0
  create_dnat_eip = var.number_of_dnat_eip > 0
  nat_id          = concat(alicloud_nat_gateway.this[*].id, [""])[0]
  package_id      = concat(alicloud_common_bandwidth_package.default[*].id, [""])[0]
}

module "vpc" {
  source = "../terraform-alicloud-vpc-v2"

  create              = local.create_vpc
  vpc_name            = var.vpc_name
  vpc_cidr            = var.vpc_cidr
  vpc_description     = var.vpc_description
  vpc_tags            = merge(var.vpc_tags, var.tags)
  vswitch_cidrs       = var.vswitch_cidrs
  availability_zones  = var.availability_zones
  use_num_suffix      = var.use_num_suffix
  vswitch_name        = var.vswitch_name
  vswitch_description = var.vswitch_description
  vswitch_tags        = merge(var.vswitch_tags, var.tags)
}

resource "alicloud_nat_gateway" "this" {
  count                = var.create_nat ? 1 : 0
  vpc_id               = local.vpc_id
  vswitch_id           = var.vswitch_id
  nat_gateway_name     = var.nat_name
  nat_type             = var.nat_type
  specification        = var.nat_specification
  description          = var.nat_description
  payment_type         = var.payment_type != "" ? var.payment_type : (var.nat_instance_charge_type == "PostPaid" ? "PayAsYouGo" : "Subscription")
  internet_charge_type = var.internet_charge_type
  period               = var.nat_period
}

# One shared bandwidth plan whenever the call makes EIPs; each of them joins it.
resource "alicloud_common_bandwidth_package" "default" {
  count                  = local.eips_wanted > 0 ? 1 : 0
  bandwidth_package_name = var.bandwidth_package_name
  bandwidth              = var.cbp_bandwidth
  internet_charge_type   = var.cbp_internet_charge_type
  ratio                  = var.cbp_ratio
}

module "eip_snat" {
  source = "../terraform-alicloud-eip-v2"

  number_of_eips       = var.number_of_snat_eip
  name                 = var.eip_name
  use_num_suffix       = var.use_num_suffix
  bandwidth            = var.eip_bandwidth
  internet_charge_type = var.eip_internet_charge_type
  instance_charge_type = var.eip_instance_charge_type
  period               = var.eip_period
  isp                  = var.eip_isp
  tags                 = merge({ InstanceType = "snat" }, var.eip_tags)
}

resource "alicloud_eip_association" "snat" {
  count         = local.create_snat_eip && var.create_nat ? var.number_of_snat_eip : 0
  allocation_id = module.eip_snat.this_eip_id[count.index]
  instance_id   = local.nat_id
}

resource "alicloud_common_bandwidth_package_attachment" "snat" {
  count                = var.number_of_snat_eip > 0 ? var.number_of_snat_eip : 0
  bandwidth_package_id = local.package_id
  instance_id          = module.eip_snat.this_eip_id[count.index]
}

locals {
  # One SNAT rule per new SNAT EIP, over the matching VSwitch (given, else the module's own).
  snat_with_vswitch_ids = flatten([
    for i, ip in module.eip_snat.this_eip_address : {
      vswitch_ids = length(var.vswitch_ids) > 0 ? [var.vswitch_ids[i]] : [module.vpc.this_vswitch_ids[i]]
      snat_ip     = ip
    }
  ])
}

module "snat" {
  source = "../terraform-alicloud-snat-v2"

  create                 = var.create_snat
  snat_table_id          = concat(alicloud_nat_gateway.this[*].snat_table_ids, [""])[0]
  snat_with_vswitch_ids  = local.snat_with_vswitch_ids
  snat_with_source_cidrs = var.snat_with_source_cidrs
  snat_with_instance_ids = var.snat_with_instance_ids
}

module "eip_dnat" {
  source = "../terraform-alicloud-eip-v2"

  number_of_eips       = var.number_of_dnat_eip
  name                 = var.eip_name
  use_num_suffix       = var.use_num_suffix
  bandwidth            = var.eip_bandwidth
  internet_charge_type = var.eip_internet_charge_type
  instance_charge_type = var.eip_instance_charge_type
  period               = var.eip_period
  isp                  = var.eip_isp
  tags                 = merge({ InstanceType = "dnat" }, var.eip_tags)
}

resource "alicloud_eip_association" "dnat" {
  count         = local.create_dnat_eip ? var.number_of_dnat_eip : 0
  allocation_id = module.eip_dnat.this_eip_id[count.index]
  instance_id   = var.dnat_eip_association_instance_id != "" ? var.dnat_eip_association_instance_id : local.nat_id
}

resource "alicloud_common_bandwidth_package_attachment" "dnat" {
  count                = var.number_of_dnat_eip > 0 ? var.number_of_dnat_eip : 0
  bandwidth_package_id = local.package_id
  instance_id          = module.eip_dnat.this_eip_id[count.index]
}

locals {
  # Each DNAT entry takes the new DNAT EIP of its position; missing keys get "".
  dnat_entries = flatten([
    for i, e in var.dnat_entries : {
      name          = lookup(e, "name", "")
      ip_protocol   = lookup(e, "ip_protocol", "")
      external_port = lookup(e, "external_port", "")
      internal_port = lookup(e, "internal_port", "")
      internal_ip   = lookup(e, "internal_ip", "")
      external_ip   = module.eip_dnat.this_eip_address[i]
    }
  ])
}

module "dnat" {
  source = "../terraform-alicloud-dnat-v2"

  create        = var.create_dnat
  dnat_table_id = var.dnat_table_id != "" ? var.dnat_table_id : concat(alicloud_nat_gateway.this[*].forward_table_ids, [""])[0]
  entries       = local.dnat_entries
}
