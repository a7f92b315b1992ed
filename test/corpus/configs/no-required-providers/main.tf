# No terraform block at all: Terraform asks for hashicorp/alicloud, as configurations written
# before Terraform 0.13 (and many snippets on the docs pages) do.
provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_vpc" "app" {
  vpc_name   = "corpus-implicit"
  cidr_block = "10.4.0.0/16"
}

resource "alicloud_security_group" "app" {
  security_group_name = "corpus-implicit"
  description         = "web tier"
  vpc_id              = alicloud_vpc.app.id
}

resource "alicloud_security_group_rule" "ssh" {
  type              = "ingress"
  ip_protocol       = "tcp"
  nic_type          = "intranet"
  policy            = "accept"
  port_range        = "22/22"
  priority          = 1
  security_group_id = alicloud_security_group.app.id
  cidr_ip           = "10.0.0.0/8"
}

resource "alicloud_security_group_rule" "all_out" {
  type              = "egress"
  ip_protocol       = "all"
  nic_type          = "intranet"
  policy            = "accept"
  port_range        = "-1/-1"
  priority          = 100
  security_group_id = alicloud_security_group.app.id
  cidr_ip           = "0.0.0.0/0"
}
