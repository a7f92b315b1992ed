/** The default network's wire codes. */
import { errorClass } from '../../errors';

export class DefaultVpcExists extends errorClass('OperationFailed.DefaultVpcExist', 400) {}
export class DefaultVSwitchExists extends errorClass('OperationFailed.DefaultVSwitchExist', 400) {}
export class DefaultVpcNotExist extends errorClass('OperationFailed.DefaultVpcNotExist', 400) {}
