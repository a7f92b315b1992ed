/** The route-table family's wire codes (spelled as the real cloud spells them, typos included). */
import { errorClass } from '../../errors';

export class InvalidRouteTableIdNotFound extends errorClass('InvalidRouteTableId.NotFound', 404) {}
export class InvalidVRouterIdNotFound extends errorClass('InvalidVRouterId.NotFound', 404) {}
export class InvalidRouteEntryNotFound extends errorClass('InvalidRouteEntry.NotFound', 400) {}
export class InvalidCidrBlockDuplicate extends errorClass('InvalidCIDRBlock.Duplicate', 400) {}
export class InvalidCidrBlock extends errorClass('InvalidCidrBlock', 400) {}
export class RouteEntryQuotaExceeded extends errorClass('QuotaExceeded', 400) {}
export class IncorrectRouteEntryStatus extends errorClass('IncorrectRouteEntryStatus', 400) {}
export class InvalidNextHopType extends errorClass('InvalidNextHopType', 400) {}
export class InvalidNextHopIdNotFound extends errorClass('InvalidNextHopId.NotFound', 404) {}
export class InvalidInstanIdNotFound extends errorClass('InvalidInstanId.NotFound', 404) {}
export class InvalidNexthopTypeAndListBothNull extends errorClass('InvalidNexthopTypeAndList.BothNull', 400) {}
export class InvalidNexthopTypeAndListBothNotNull extends errorClass('InvalidNexthopTypeAndList.BothNotNull', 400) {}
/** An ECMP route's NextHopList with too few or too many hops. */
export class InvalidNexthopListSize extends errorClass('InvalidNexthopListSize', 400) {}
/** A route may point to an instance only once it is Running or Stopped (400 here; ECS's own is 403). */
export class IncorrectInstanceStatusForRoute extends errorClass('IncorrectInstanceStatus', 400) {}
export class InvalidRouteEntryNameMalformed extends errorClass('InvalidRouteEntryName.Malformed', 400) {}
/** DeleteVpc while custom routes remain, and DeleteInstance / a VPC move while routes point at the instance. */
export class DependencyViolationRouteEntry extends errorClass('DependencyViolation.RouteEntry', 400) {}
/** SandboxLookupRoute from an instance that does not exist (the ECS code). */
export class InvalidInstanceIdNotFoundForLookup extends errorClass('InvalidInstanceId.NotFound', 404) {}
// ---- custom route tables (custom.ts) ---------------------------------------------------------
/** DeleteRouteTable on the system table (only custom tables are deleted by that action). */
export class IncorrectRouteTableType extends errorClass('IncorrectRouteTableType', 400) {}
/** DeleteRouteTable while the table still holds custom route entries. */
export class IncorrectRouteTableStatusRouteEntryExist extends errorClass('IncorrectRouteTableStatus.RouteEntryExist', 400) {}
/** A change to a custom table that is not yet Available (or is being deleted). */
export class IncorrectRouteTableStatus extends errorClass('IncorrectRouteTableStatus', 400) {}
/** Custom route tables per VPC beyond the quota. */
export class QuotaExceededRouteTable extends errorClass('QuotaExceeded.RouteTable', 400) {}
export class InvalidRouteTableNameMalformed extends errorClass('InvalidRouteTableName.Malformed', 400) {}
/**
 * DeleteVSwitch while the VSwitch is associated with a custom table (the real DeleteVSwitch code),
 * and DeleteVpc while the VPC still has custom tables (the sandbox reuses the code there).
 */
export class DependencyViolationRouteTable extends errorClass('DependencyViolation.RouteTable', 400) {}
/** UnassociateRouteTable for a VSwitch the table is not associated with (code chosen by the sandbox). */
export class InvalidVSwitchIdNotAssociated extends errorClass('InvalidVSwitchId.NotAssociated', 400) {}
