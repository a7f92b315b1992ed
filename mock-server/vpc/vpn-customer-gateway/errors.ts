/** The customer gateway family's wire codes. */
import { errorClass } from '../../errors';

export class InvalidCustomerGatewayInstanceIdNotFound extends errorClass('InvalidCustomerGatewayInstanceId.NotFound', 404) {}
export class InvalidIpAddressAlreadyExist extends errorClass('InvalidIpAddress.AlreadyExist', 400) {}
export class InvalidIpAddressWrongFormat extends errorClass('InvalidIpAddress.WrongFormat', 400) {}
