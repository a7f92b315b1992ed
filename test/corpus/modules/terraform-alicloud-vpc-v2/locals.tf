locals {
  # An existing VPC (vpc_id) wins over creating one; the route table comes from the created VPC,
  # or else from the route-table lookup (which the module always reads).
  this_vpc_id          = var.vpc_id != "" ? var.vpc_id : concat(alicloud_vpc.vpc[*].id, [""])[0]
  create_sub_resources = var.vpc_id != "" || var.create ? true : false
  route_table_id       = var.vpc_id == "" ? concat(alicloud_vpc.vpc[*].route_table_id, [""])[0] : data.alicloud_route_tables.this.ids[0]
  this_vpc_cidr_block  = var.vpc_id != "" ? concat(data.alicloud_vpcs.this[0].vpcs[*].cidr_block, [""])[0] : concat(alicloud_vpc.vpc[*].cidr_block, [""])[0]
  this_vpc_name        = var.vpc_id != "" ? concat(data.alicloud_vpcs.this[0].vpcs[*].vpc_name, [""])[0] : concat(alicloud_vpc.vpc[*].vpc_name, [""])[0]
}

# Read on every call, even when the module creates nothing (vpc_id is then "").
data "alicloud_route_tables" "this" {
  vpc_id = local.this_vpc_id
}

data "alicloud_vpcs" "this" {
  count = var.vpc_id != "" ? 1 : 0
  ids   = [var.vpc_id]
}
