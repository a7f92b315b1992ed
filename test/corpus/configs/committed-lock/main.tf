# Comes with a .terraform.lock.hcl (real-provider.lock.hcl, put in place by the test) committed for the real provider (1.230.0 with registry hashes).
# The wrapper runs it with a sandbox copy of that file and leaves the committed one as it was.
terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.200.0"
    }
  }
}

resource "alicloud_vpc" "locked" {
  vpc_name   = "corpus-locked"
  cidr_block = "10.30.0.0/16"
}
