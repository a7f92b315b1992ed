# alicloud_common_bandwidth_packages docs page, example 1: the plan it creates (deprecated `name`),
# found by id and name_regex. The output is ours: it fails the run if the lookup finds nothing.
data "alicloud_common_bandwidth_packages" "foo" {
  name_regex = "^tf-testAcc.*"
  ids        = ["${alicloud_common_bandwidth_package.foo.id}"]
}

resource "alicloud_common_bandwidth_package" "foo" {
  bandwidth   = "2"
  name        = "tf-testAccCommonBandwidthPackage"
  description = "tf-testAcc-CommonBandwidthPackage"
}

output "first_package_name" {
  value = data.alicloud_common_bandwidth_packages.foo.packages.0.name
}
