/** The VPC family's wire codes (spelled as the real cloud spells them, typos included). */
import { errorClass } from '../../errors';

export class InvalidVpcIdNotFound extends errorClass('InvalidVpcId.NotFound', 404) {}
export class InvalidVpcNameMalformed extends errorClass('InvalidVpcName.Malformed', 400) {}
export class InvalidVpcDescriptionMalformed extends errorClass('InvalidVpcDiscription.Malformed', 400) {}
/** Also thrown by the VSwitch and route-table families for malformed blocks. */
export class InvalidCidrBlockMalformed extends errorClass('InvalidCidrBlock.Malformed', 400) {}
export class QuotaExceededVpc extends errorClass('QuotaExceeded.Vpc', 400) {}
export class IncorrectVpcStatus extends errorClass('IncorrectVpcStatus', 400) {}
export class InvalidUserCidrQuota extends errorClass('InvalidUserCidr.Quota', 400) {}
export class InvalidUserCidrMalformed extends errorClass('InvalidUserCidr.Malformed', 400) {}
