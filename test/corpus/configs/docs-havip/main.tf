# Docs examples of the HaVip pages: alicloud_havip, alicloud_havip_attachment (an instance holding
# a HaVip of alicloud_vpc_ha_vip) and alicloud_vpc_ha_vip (without its two Resource Manager groups,
# see EXCLUDED.md). Each child directory is one example, as a root module would hold it.

module "havip_1" {
  source = "./havip-1"
}

module "havip_attachment_1" {
  source = "./havip_attachment-1"
}

module "vpc_ha_vip_1_without_resource_groups" {
  source = "./vpc_ha_vip-1-without-resource-groups"
}
