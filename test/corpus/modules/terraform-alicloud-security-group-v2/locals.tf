# Re-created for the corpus from alibabacloud-automation/terraform-alicloud-security-group
# (registry alibaba/security-group 3.0.0): its inputs, resource names, counts and the intent of
# each expression, written as our own HCL. Only what the run examples reach is kept complete.

# The module always declares this, even when a name is given: it is why every example needs
# hashicorp/random (attached in the corpus test as a stand-in, since there is no registry offline).
resource "random_uuid" "this" {}

locals {
  # First non-empty of group_name, this_module_name, name; else a name from the UUID.
  group_name = coalesce(var.group_name, var.this_module_name, var.name, "terraform-sg-${replace(random_uuid.this.result, "-", "")}")
  description = var.group_description != "" ? var.group_description : var.description

  # An existing group wins over the one this module may create.
  this_sg_id = var.existing_group_id != "" ? var.existing_group_id : concat(alicloud_security_group.this[*].id, [""])[0]
}
