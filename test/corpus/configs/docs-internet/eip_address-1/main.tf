# alicloud_eip_address docs page, example 1: a 1 Mbit/s pay-as-you-go BGP EIP with enhanced
# anti-DDoS protection.
variable "name" {
  default = "terraform-example"
}

resource "alicloud_eip_address" "default" {
  address_name              = var.name
  description               = var.name
  payment_type              = "PayAsYouGo"
  bandwidth                 = "1"
  isp                       = "BGP"
  netmode                   = "public"
  security_protection_types = ["AntiDDoS_Enhanced"]
}
