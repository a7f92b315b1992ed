# alicloud_vpn_gateway_zones docs page, example 1: the zones for a 5 Mbit/s VPN gateway. The output
# (added) reads ids[0], so an empty answer fails the run.
data "alicloud_vpn_gateway_zones" "default" {
  spec = "5M"
}

output "first_vpn_gateway_zone" {
  value = data.alicloud_vpn_gateway_zones.default.ids[0]
}
