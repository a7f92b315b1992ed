locals {
  # The module's own VPC when it creates one, else the one it was given.
  this_vpc_id          = var.vpc_id != "" ? var.vpc_id : concat(alicloud_vpc.vpc.*.id, [""])[0]
  create_sub_resources = var.vpc_id != "" || var.create ? true : false
  route_table_id       = var.vpc_id == "" ? concat(alicloud_vpc.vpc.*.route_table_id, [""])[0] : data.alicloud_route_tables.this.ids.0
  this_vpc_cidr_block  = local.this_vpc_id == "" ? "" : concat(data.alicloud_vpcs.this.vpcs.*.cidr_block, [""])[0]
  this_vpc_name        = local.this_vpc_id == "" ? "" : concat(data.alicloud_vpcs.this.vpcs.*.vpc_name, [""])[0]
}

# Read on every run, even when the module creates the VPC itself.
data "alicloud_route_tables" "this" {
  vpc_id = local.this_vpc_id
}

data "alicloud_vpcs" "this" {
  ids = var.vpc_id != "" ? [var.vpc_id] : null
}
