/**
 * The secondary-CIDR family's wire codes. Overlaps answer the VPC product's
 * InvalidCidrBlock.Overlapped; the quota code is the sandbox's choice (the API reference documents
 * the limit of five, not the code it answers; see the README's differences).
 */
import { errorClass } from '../../errors';

export class QuotaExceededSecondaryCidrBlock extends errorClass('QuotaExceeded.SecondaryCidrBlock', 400) {}
export class InvalidSecondaryCidrBlockNotFound extends errorClass('InvalidSecondaryCidrBlock.NotFound', 404) {}
