output "id" {
  value = alicloud_route_table.this.id
}

output "name" {
  value = alicloud_route_table.this.route_table_name
}

output "route_table" {
  value = alicloud_route_table.this
}

output "route_entries" {
  value = alicloud_route_entry.this
}

output "attachments" {
  value = alicloud_route_table_attachment.this
}
