/**
 * The naming rules of network-rules/limits.ts, wrapped into each family's own error: the rule
 * returns the broken rule as a sentence, and the caller names the field and the error class.
 */
import { descriptionProblem, ecsNameProblem, hostNameProblem, resourceNameProblem } from '../../network-rules/limits';
import type { ApiErrorClass } from '../errors';

function shown(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

/**
 * VPC, VSwitch, route table and route entry names: 1 to 128 characters, not starting with
 * http:// or https://. An empty string means "no name".
 */
export function checkResourceName(value: string | undefined, what: string, ErrorCls: ApiErrorClass): string | undefined {
  if (value === undefined || value === '') return value;
  const problem = resourceNameProblem(value);
  if (problem) throw new ErrorCls(`The ${what} "${shown(value)}" (${value.length} characters) is invalid: ${problem}.`);
  return value;
}

/** VPC product descriptions: 1 to 256 characters, not starting with http:// or https://. Empty clears it. */
export function checkDescription(value: string | undefined, what: string, ErrorCls: ApiErrorClass): string | undefined {
  if (value === undefined || value === '') return value;
  const problem = descriptionProblem(value);
  if (problem) throw new ErrorCls(`The ${what} "${shown(value)}" (${value.length} characters) is invalid: ${problem}.`);
  return value;
}

/** ECS names (instances, security groups): `what` is e.g. "instance name". Empty means none. */
export function checkEcsName(value: string | undefined, what: string, ErrorCls: ApiErrorClass): string | undefined {
  if (value === undefined || value === '') return undefined;
  const problem = ecsNameProblem(value);
  if (problem) throw new ErrorCls(`The ${what} "${value}" is invalid: ${problem}.`);
  return value;
}

/** ECS descriptions: 2 to 256 characters, not starting with http:// or https://. */
export function checkEcsDescription(value: string, what: string, ErrorCls: ApiErrorClass): string {
  if (value === '') return value;
  const problem = descriptionProblem(value, 2);
  if (problem) throw new ErrorCls(`The ${what} "${value.slice(0, 80)}" is invalid: ${problem}.`);
  return value;
}

/** Linux host names. Empty means none. */
export function checkHostName(value: string | undefined, ErrorCls: ApiErrorClass): string | undefined {
  if (value === undefined || value === '') return undefined;
  const problem = hostNameProblem(value);
  if (problem) throw new ErrorCls(`The host name "${value}" is invalid: ${problem}.`);
  return value;
}
