# r/vpn_connection, Example Usage 1 ("Basic Usage"): a dual-tunnel IPsec connection (one
# tunnel_options_specification block per tunnel, master and slave, each with IKE, IPsec and BGP
# settings) on a subscription VPN gateway whose two VSwitches lie in the first two zones that
# alicloud_vpn_gateway_zones offers for spec 5M. A second customer gateway is created but unused,
# as on the page.
variable "name" {
  default = "terraform-example"
}

variable "spec" {
  default = "5"
}

data "alicloud_vpn_gateway_zones" "default" {
  spec = "5M"
}

resource "alicloud_vpc" "default" {
  vpc_name   = var.name
  cidr_block = "172.16.0.0/16"
}

resource "alicloud_vswitch" "default0" {
  vpc_id     = alicloud_vpc.default.id
  cidr_block = "172.16.0.0/24"
  zone_id    = data.alicloud_vpn_gateway_zones.default.ids.0
}

resource "alicloud_vswitch" "default1" {
  vpc_id     = alicloud_vpc.default.id
  cidr_block = "172.16.1.0/24"
  zone_id    = data.alicloud_vpn_gateway_zones.default.ids.1
}

resource "alicloud_vpn_gateway" "HA-VPN" {
  vpn_gateway_name             = var.name
  vpn_type                     = "Normal"
  vpc_id                       = alicloud_vpc.default.id
  vswitch_id                   = alicloud_vswitch.default0.id
  disaster_recovery_vswitch_id = alicloud_vswitch.default1.id
  network_type                 = "public"
  payment_type                 = "Subscription"
  auto_pay                     = true
  enable_ipsec                 = true
  bandwidth                    = var.spec
}

resource "alicloud_vpn_customer_gateway" "defaultCustomerGateway" {
  customer_gateway_name = var.name
  description           = "defaultCustomerGateway"
  ip_address            = "2.2.2.5"
  asn                   = "2224"
}

resource "alicloud_vpn_customer_gateway" "changeCustomerGateway" {
  customer_gateway_name = var.name
  description           = "changeCustomerGateway"
  ip_address            = "2.2.2.6"
  asn                   = "2225"
}

resource "alicloud_vpn_connection" "default" {
  vpn_gateway_id      = alicloud_vpn_gateway.HA-VPN.id
  vpn_connection_name = var.name
  local_subnet        = ["3.0.0.0/24"]
  remote_subnet       = ["10.0.0.0/24", "10.0.1.0/24"]
  enable_tunnels_bgp  = "true"

  tags = {
    Created = "TF"
    For     = "example"
  }

  tunnel_options_specification {
    role                = "master"
    customer_gateway_id = alicloud_vpn_customer_gateway.defaultCustomerGateway.id

    tunnel_ike_config {
      ike_version  = "ikev2"
      ike_mode     = "aggressive"
      psk          = "12345678"
      local_id     = "localid_tunnel2"
      remote_id    = "remote2"
      ike_auth_alg = "md5"
      ike_enc_alg  = "aes256"
      ike_lifetime = "3600"
      ike_pfs      = "group14"
    }

    tunnel_ipsec_config {
      ipsec_auth_alg = "md5"
      ipsec_enc_alg  = "aes256"
      ipsec_lifetime = "16400"
      ipsec_pfs      = "group5"
    }

    tunnel_bgp_config {
      local_asn    = "1219002"
      tunnel_cidr  = "169.254.30.0/30"
      local_bgp_ip = "169.254.30.1"
    }
  }

  tunnel_options_specification {
    role                = "slave"
    customer_gateway_id = alicloud_vpn_customer_gateway.defaultCustomerGateway.id

    tunnel_ike_config {
      ike_version  = "ikev2"
      ike_mode     = "aggressive"
      psk          = "12345678"
      local_id     = "localid_tunnel2"
      remote_id    = "remote24"
      ike_auth_alg = "md5"
      ike_enc_alg  = "aes256"
      ike_lifetime = "27000"
      ike_pfs      = "group5"
    }

    tunnel_ipsec_config {
      ipsec_auth_alg = "md5"
      ipsec_enc_alg  = "aes256"
      ipsec_lifetime = "2700"
      ipsec_pfs      = "group14"
    }

    tunnel_bgp_config {
      local_asn    = "1219002"
      tunnel_cidr  = "169.254.40.0/30"
      local_bgp_ip = "169.254.40.1"
    }
  }
}
