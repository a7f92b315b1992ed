# alicloud_zones docs page, example 1: zones offering an old instance type with SSD cloud disks.
data "alicloud_zones" "zones_ds" {
  available_disk_category = "cloud_ssd"
  available_instance_type = "ecs.n4.large"
}

output "first_zone" {
  # Not on the page; added so that an empty answer fails the run.
  value = data.alicloud_zones.zones_ds.zones.0.id
}
