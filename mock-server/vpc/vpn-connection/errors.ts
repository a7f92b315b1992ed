/** The VPN connection family's wire codes. */
import { errorClass } from '../../errors';

export class InvalidVpnConnectionInstanceIdNotFound extends errorClass('InvalidVpnConnectionInstanceId.NotFound', 404) {}
/** A second connection between the same VPN gateway and customer gateway. */
export class InvalidVpnConnectionAlreadyExists extends errorClass('InvalidVpnConnection.AlreadyExists', 400) {}
