/** The router-interface family's wire codes. */
import { errorClass } from '../../errors';

/** The real API answers an unknown router interface with the generic instance code. */
export class InvalidInstanceIdNotFound extends errorClass('InvalidInstanceId.NotFound', 404) {}
/** The interface (or its peer) is not in a status the operation starts from. */
export class IncorrectStatus extends errorClass('IncorrectStatus', 400) {}
/** ConnectRouterInterface before the opposite interface's details are set on both sides (clients retry). */
export class IncorrectOppositeInterfaceInfoNotSet extends errorClass('IncorrectOppositeInterfaceInfo.NotSet', 400) {}
export class InvalidSpecValue extends errorClass('InvalidSpec.Value', 400) {}
/** DeleteRouterInterface while a route entry points at it. */
export class DependencyViolationRouterInterfaceReferedByRouteEntry extends errorClass('DependencyViolation.RouterInterfaceReferedByRouteEntry', 400) {}
/** DeleteVpc (or DeleteVirtualBorderRouter) while the router still has interfaces. */
export class DependencyViolationRouterInterface extends errorClass('DependencyViolation.RouterInterface', 400) {}
/** ConnectRouterInterface on an accepting interface (the real code; only the initiator connects). */
export class IncorrectRoleNotInitiatingSide extends errorClass('IncorrectRole.NotInitiatingSide', 400) {}
/** ConnectRouterInterface to an interface on the same router (the real code). */
export class IncorrectOppositeInterfaceInfo extends errorClass('IncorrectOppositeInterfaceInfo', 400) {}
/** ConnectRouterInterface when the two routers already have a connected pair (the real code). */
export class ForbiddenOnlyOneConnection extends errorClass('Forbidden.OnlyOneConnection', 400) {}
/**
 * CreateRouterInterface on a router that already has ROUTER_INTERFACES_PER_ROUTER interfaces. The
 * real API documents the limit but not its code: the sandbox's choice, after QuotaExceeded.VSwitch
 * and the other QuotaExceeded.<Resource> codes of the VPC API.
 */
export class QuotaExceededRouterInterface extends errorClass('QuotaExceeded.RouterInterface', 400) {}
