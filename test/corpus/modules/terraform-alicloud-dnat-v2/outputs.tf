output "this_forward_entry_id" {
  value = alicloud_forward_entry.this[*].id
}
