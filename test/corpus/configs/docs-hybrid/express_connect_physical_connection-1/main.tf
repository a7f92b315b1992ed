# alicloud_express_connect_physical_connection docs page, example 1: one connection per region,
# each through its own aliased provider.
provider "alicloud" {
  alias  = "hz"
  region = "cn-hangzhou"
}

provider "alicloud" {
  alias  = "sgp"
  region = "ap-southeast-1"
}

resource "alicloud_express_connect_physical_connection" "domestic" {
  provider = alicloud.hz

  access_point_id          = "ap-cn-hangzhou-yh-B"
  line_operator            = "CT"
  type                     = "VPC"
  port_type                = "1000Base-LX"
  bandwidth                = 100
  peer_location            = "example_value"
  physical_connection_name = "example_value"
  description              = "my domestic connection"
}

resource "alicloud_express_connect_physical_connection" "international" {
  provider = alicloud.sgp

  access_point_id          = "ap-sg-singpore-A"
  line_operator            = "Other"
  type                     = "VPC"
  port_type                = "1000Base-LX"
  bandwidth                = 100
  peer_location            = "example_value"
  physical_connection_name = "example_value"
  description              = "my domestic connection"
}
