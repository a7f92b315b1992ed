/** The resource-group family's wire codes. */
import { errorClass } from '../../errors';

export class EntityNotExistResourceGroup extends errorClass('EntityNotExist.ResourceGroup', 404) {}
