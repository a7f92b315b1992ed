# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/aliyun/alicloud" {
  version     = "1.230.0"
  constraints = ">= 1.200.0"
  hashes = [
    "h1:q0Nf4ZzC6jvOFoqVbq7gI1kJu1N0Q1hEw5vCm6Qe2vI=",
    "zh:0d1e5a1cbd2a9d1f4b0f8c2b3e4a5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e",
  ]
}
