# alicloud_security_group_rule docs page, example 1: all TCP ports from anywhere into a classic
# group, on the intranet NIC, at priority 1.
resource "alicloud_security_group" "default" {
  security_group_name = "default"
}

resource "alicloud_security_group_rule" "allow_all_tcp" {
  security_group_id = alicloud_security_group.default.id
  type              = "ingress"
  policy            = "accept"
  priority          = 1
  nic_type          = "intranet"
  ip_protocol       = "tcp"
  port_range        = "1/65535"
  cidr_ip           = "0.0.0.0/0"
}
