/** The VPN gateway family's wire codes. */
import { errorClass } from '../../errors';

export class InvalidVpnGatewayInstanceIdNotFound extends errorClass('InvalidVpnGatewayInstanceId.NotFound', 404) {}
/** The gateway is still being created or changed (status init/updating): clients retry. */
export class VpnGatewayConfiguring extends errorClass('VpnGateway.Configuring', 400) {}
/** Names and descriptions of the VPN families (gateways, customer gateways, connections). */
export class InvalidName extends errorClass('InvalidName', 400) {}
export class InvalidDescription extends errorClass('InvalidDescription', 400) {}
/**
 * DeleteVpnGateway while IPsec connections or routes still use it. The real API documents the
 * rule ("you cannot delete a VPN gateway associated with IPsec-VPN connections") but not its
 * code; the sandbox answers with this one.
 */
export class DependencyViolationVpnConnection extends errorClass('DependencyViolation.VpnConnection', 400) {}
