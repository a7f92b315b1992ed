variable "create" {
  type    = bool
  default = true
}

variable "name" {
  type = string
}

variable "description" {
  type    = string
  default = "security group of the corpus module"
}

variable "vpc_id" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "ingress_rules" {
  description = "Names of predefined rules (keys of var.rules) to open to every ingress_cidr_blocks entry."
  type        = list(string)
  default     = []
}

variable "ingress_cidr_blocks" {
  type    = list(string)
  default = []
}

variable "ingress_with_source_security_group_id" {
  type    = list(map(string))
  default = []
}

variable "default_ingress_priority" {
  type    = number
  default = 50
}

# name => [from_port, to_port, protocol, description]
variable "rules" {
  type = map(list(any))
  default = {
    "ssh-tcp"       = [22, 22, "tcp", "SSH"]
    "http-80-tcp"   = [80, 80, "tcp", "HTTP"]
    "https-443-tcp" = [443, 443, "tcp", "HTTPS"]
    "mysql-tcp"     = [3306, 3306, "tcp", "MySQL"]
    "dns-udp"       = [53, 53, "udp", "DNS"]
    "all-icmp"      = [-1, -1, "icmp", "All ICMP"]
  }
}
