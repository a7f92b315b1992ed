# Docs examples of the network ACL pages: alicloud_network_acl (inline entries and a bound VSwitch),
# alicloud_network_acl_attachment and alicloud_network_acl_entries (both deprecated, still served)
# and alicloud_vpc_network_acl_attachment. The alicloud_network_acls page's example reads a
# placeholder id (see EXCLUDED.md). Each child directory is one example, as a root module would hold it.

module "network_acl_1" {
  source = "./network_acl-1"
}

module "network_acl_attachment_1" {
  source = "./network_acl_attachment-1"
}

module "network_acl_entries_1" {
  source = "./network_acl_entries-1"
}

module "vpc_network_acl_attachment_1" {
  source = "./vpc_network_acl_attachment-1"
}
