# alicloud_vpn_customer_gateways docs page, example 1: a listing by name pattern and placeholder
# ids, written to a file; the list is empty (the page reads no element).
data "alicloud_vpn_customer_gateways" "foo" {
  ids         = ["fake-id1", "fake-id2"]
  name_regex  = "testAcc*"
  output_file = "/tmp/cgws"
}
