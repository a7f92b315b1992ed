# alicloud_caller_identity docs page, example 1: the caller's principal id.
data "alicloud_caller_identity" "current" {
}

output "current_user_arn" {
  value = data.alicloud_caller_identity.current.id
}
