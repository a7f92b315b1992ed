# alicloud_vpn_connections docs page, example 1: a listing by placeholder ids and gateways, written
# to a file. Nothing matches in any account, so the list is empty (the page reads no element).
data "alicloud_vpn_connections" "foo" {
  vpn_gateway_id      = "fake-vpn-id"
  customer_gateway_id = "fake-cgw-id"
  ids                 = ["fake-conn-id"]
  output_file         = "/tmp/vpnconn"
}
