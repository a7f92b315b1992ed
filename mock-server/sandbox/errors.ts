/** The sandbox-only admin actions' wire code (not a real cloud code). */
import { errorClass } from '../errors';

export class ForbiddenSandboxAdmin extends errorClass('Forbidden.SandboxAdminDisabled', 403) {}
