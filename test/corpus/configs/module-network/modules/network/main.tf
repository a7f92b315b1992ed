# A network module in the shape of the community VPC module: count-driven creation, numbered
# VSwitch names, a Name tag merged into the caller's tags, outputs read through concat/splat.
resource "alicloud_vpc" "this" {
  count       = var.create ? 1 : 0
  vpc_name    = var.vpc_name
  cidr_block  = var.vpc_cidr
  description = "created by the corpus network module"
  tags        = merge({ Name = var.vpc_name }, var.vpc_tags)
}

resource "alicloud_vswitch" "this" {
  count        = var.create ? length(var.vswitch_cidrs) : 0
  vpc_id       = alicloud_vpc.this[0].id
  cidr_block   = var.vswitch_cidrs[count.index]
  zone_id      = element(var.availability_zones, count.index)
  vswitch_name = format("%s%03d", var.vswitch_name, count.index + 1)
  tags         = merge({ Name = format("%s%03d", var.vswitch_name, count.index + 1) }, var.vswitch_tags)
}
