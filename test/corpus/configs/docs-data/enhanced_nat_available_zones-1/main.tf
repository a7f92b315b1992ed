# alicloud_enhanced_nat_available_zones docs page, example 1: the zones that take an Enhanced NAT gateway.
data "alicloud_enhanced_nat_available_zones" "default" {}

output "zones" {
  value = data.alicloud_enhanced_nat_available_zones.default.zones.0.zone_id
}
