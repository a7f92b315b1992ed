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
