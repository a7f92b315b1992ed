# alicloud_account docs page, example 1: the current account's id (the sandbox account's own).
data "alicloud_account" "current" {
}

output "current_account_id" {
  value = data.alicloud_account.current.id
}
