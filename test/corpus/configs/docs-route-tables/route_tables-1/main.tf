# alicloud_route_tables docs page, example 1: a custom table found again by its id and its type.
variable "name" {
  default = "route-tables-datasource-example-name"
}

resource "alicloud_vpc" "foo" {
  cidr_block = "172.16.0.0/12"
  vpc_name   = var.name
}

resource "alicloud_route_table" "foo" {
  vpc_id           = alicloud_vpc.foo.id
  route_table_name = var.name
  description      = var.name
}

data "alicloud_route_tables" "foo" {
  ids              = [alicloud_route_table.foo.id]
  route_table_type = "Custom"
}

output "route_table_ids" {
  value = data.alicloud_route_tables.foo.ids
}
