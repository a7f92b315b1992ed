# The EIP bandwidth plan (CBWP) pages' examples: the common bandwidth package, its attachment and
# the common bandwidth packages data source. Each child directory is one example, unchanged, as a
# root module would hold it.

module "common_bandwidth_package_1" {
  source = "./common_bandwidth_package-1"
}

module "common_bandwidth_package_attachment_1" {
  source = "./common_bandwidth_package_attachment-1"
}

module "common_bandwidth_packages_1" {
  source = "./common_bandwidth_packages-1"
}
