# alicloud_images docs page, example 1: a system image by name pattern.
data "alicloud_images" "example" {
  name_regex = "^centos_6"
  owners     = "system"
}

output "image_id" {
  value = data.alicloud_images.example.images.0.id
}
