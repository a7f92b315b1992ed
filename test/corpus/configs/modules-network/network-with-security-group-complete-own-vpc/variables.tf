variable "vpc_name" {
  type    = string
  default = "tf-testacc-vpc"
}

variable "vpc_description" {
  type    = string
  default = "tf-testacc-vpc-description"
}

variable "vpc_tags" {
  type = map(string)
  default = {
    Name = "VPC"
  }
}

variable "vswitch_name" {
  type    = string
  default = "tf-testacc-vswitch"
}

variable "vswitch_description" {
  type    = string
  default = "tf-testacc-vswitch-description"
}

variable "vswitch_tags" {
  type = map(string)
  default = {
    Name = "VSWITCH"
  }
}

variable "name" {
  type    = string
  default = "tf-testacc-sg"
}

variable "security_group_tags" {
  type = map(string)
  default = {
    Name = "SG"
  }
}

variable "rule_description" {
  type    = string
  default = "tf-testacc-rulw-description"
}
