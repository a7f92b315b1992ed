/**
 * Leased lines (physical connections). On the real cloud a new line is applied for, approved,
 * built by the operator and confirmed before it can be enabled (Initial → Approved → Allocating →
 * Allocated → Confirmed → Enabled). The sandbox skips the approval and the construction: a new
 * line is Allocated at once and EnablePhysicalConnection makes it Enabled, after which VBRs can be
 * created on it. Terminating and deleting wait for its VBRs to be deleted first.
 */
import { InvalidParameter } from '../../errors';
import { requireNoDependants } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import { checkDescription, checkResourceName } from '../../domain/naming';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { InvalidDescription, InvalidName } from '../vpn-gateway/errors';
import { findAccessPoint } from './access-points';
import { InvalidAccessPointIdNotFound, InvalidPhysicalConnectionIdNotFound, InvalidPhysicalConnectionStatus } from './errors';
import { PHYSICAL_CONNECTIONS, type PhysicalConnectionRecord } from './records';

export const LINE_OPERATORS = ['CT', 'CU', 'CM', 'CO', 'Equinix', 'Other'];
export const PORT_TYPES = ['100Base-T', '1000Base-T', '1000Base-LX', '10GBase-T', '10GBase-LR', '40GBase-LR', '100GBase-LR'];

export function getPhysicalConnection(tx: Transaction, id: string): PhysicalConnectionRecord {
  const pc = tx.table<PhysicalConnectionRecord>(PHYSICAL_CONNECTIONS).get(id);
  if (!pc) throw new InvalidPhysicalConnectionIdNotFound(`The physical connection "${id}" does not exist in region ${tx.region}. DescribePhysicalConnections lists your leased lines.`);
  return pc;
}

export interface CreatePhysicalConnectionInput {
  accessPointId: string;
  lineOperator: string;
  peerLocation?: string;
  portType?: string;
  bandwidth?: number;
  circuitCode?: string;
  redundantPhysicalConnectionId?: string;
  type?: string;
  name?: string;
  description?: string;
  tags: Tags;
}

export function createPhysicalConnection(tx: Transaction, input: CreatePhysicalConnectionInput): PhysicalConnectionRecord {
  if (!findAccessPoint(tx.region, input.accessPointId)) {
    throw new InvalidAccessPointIdNotFound(`The access point "${input.accessPointId}" does not exist in region ${tx.region}. DescribeAccessPoints lists the region's access points.`);
  }
  const name = checkResourceName(input.name, 'Name', InvalidName) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidDescription) ?? '';
  if (input.redundantPhysicalConnectionId) getPhysicalConnection(tx, input.redundantPhysicalConnectionId);
  return tx.table<PhysicalConnectionRecord>(PHYSICAL_CONNECTIONS).put({
    id: newId('pc'),
    accessPointId: input.accessPointId,
    lineOperator: input.lineOperator,
    peerLocation: input.peerLocation ?? '',
    portType: input.portType ?? '1000Base-LX',
    bandwidth: input.bandwidth ?? 1000,
    circuitCode: input.circuitCode ?? '',
    redundantPhysicalConnectionId: input.redundantPhysicalConnectionId ?? '',
    name,
    description,
    type: input.type ?? 'VPC',
    status: 'Allocated',
    createdAt: tx.now,
    tags: input.tags,
  });
}

export function modifyPhysicalConnection(tx: Transaction, id: string, input: { name?: string; description?: string; peerLocation?: string; circuitCode?: string; bandwidth?: number; lineOperator?: string }): PhysicalConnectionRecord {
  const pc = getPhysicalConnection(tx, id);
  const lineOperator = input.lineOperator !== undefined ? checkLineOperator(input.lineOperator) : pc.lineOperator;
  const name = checkResourceName(input.name, 'Name', InvalidName);
  const description = checkDescription(input.description, 'Description', InvalidDescription);
  return tx.table<PhysicalConnectionRecord>(PHYSICAL_CONNECTIONS).put({
    ...pc,
    name: name ?? pc.name,
    description: description ?? pc.description,
    peerLocation: input.peerLocation ?? pc.peerLocation,
    circuitCode: input.circuitCode ?? pc.circuitCode,
    bandwidth: input.bandwidth ?? pc.bandwidth,
    lineOperator,
  });
}

/** Allocated → Confirmed (the real ConfirmPhysicalConnection); a Confirmed line stays as it is. */
export function confirmPhysicalConnection(tx: Transaction, id: string): PhysicalConnectionRecord {
  const pc = getPhysicalConnection(tx, id);
  if (pc.status === 'Confirmed') return pc;
  if (pc.status !== 'Allocated') {
    throw new InvalidPhysicalConnectionStatus(`The physical connection ${pc.id} is ${pc.status}: only an Allocated line can be confirmed.`);
  }
  return tx.table<PhysicalConnectionRecord>(PHYSICAL_CONNECTIONS).put({ ...pc, status: 'Confirmed' });
}

/** Allocated or Confirmed → Canceled (the real CancelPhysicalConnection): the application is withdrawn. */
export function cancelPhysicalConnection(tx: Transaction, id: string): PhysicalConnectionRecord {
  const pc = getPhysicalConnection(tx, id);
  if (pc.status === 'Canceled') return pc;
  if (pc.status !== 'Allocated' && pc.status !== 'Confirmed') {
    throw new InvalidPhysicalConnectionStatus(`The physical connection ${pc.id} is ${pc.status}: only an Allocated or Confirmed line can be canceled; terminate an Enabled line instead.`);
  }
  return tx.table<PhysicalConnectionRecord>(PHYSICAL_CONNECTIONS).put({ ...pc, status: 'Canceled' });
}

/** Allocated, Confirmed (or Terminated: the real API re-enables a terminated line) → Enabled; enabling an Enabled line changes nothing. */
export function enablePhysicalConnection(tx: Transaction, id: string): PhysicalConnectionRecord {
  const pc = getPhysicalConnection(tx, id);
  if (pc.status === 'Enabled') return pc;
  if (pc.status === 'Canceled') {
    throw new InvalidPhysicalConnectionStatus(`The physical connection ${pc.id} is Canceled: a canceled application cannot be enabled. Apply for a new line.`);
  }
  return tx.table<PhysicalConnectionRecord>(PHYSICAL_CONNECTIONS).put({ ...pc, status: 'Enabled', enabledAt: tx.now });
}

export function terminatePhysicalConnection(tx: Transaction, id: string): PhysicalConnectionRecord {
  const pc = getPhysicalConnection(tx, id);
  if (pc.status !== 'Enabled') {
    throw new InvalidPhysicalConnectionStatus(`The physical connection ${pc.id} is ${pc.status}: only an Enabled line can be terminated.`);
  }
  requireNoDependants(tx, 'physicalConnection', pc.id);
  return tx.table<PhysicalConnectionRecord>(PHYSICAL_CONNECTIONS).put({ ...pc, status: 'Terminated' });
}

export function deletePhysicalConnection(tx: Transaction, id: string): PhysicalConnectionRecord {
  const pc = getPhysicalConnection(tx, id);
  requireNoDependants(tx, 'physicalConnection', pc.id);
  if (pc.status === 'Enabled') {
    throw new InvalidPhysicalConnectionStatus(`The physical connection ${pc.id} is Enabled: terminate it with TerminatePhysicalConnection before deleting it.`);
  }
  tx.table<PhysicalConnectionRecord>(PHYSICAL_CONNECTIONS).delete(pc.id);
  return pc;
}

export function checkLineOperator(value: string): string {
  const hit = LINE_OPERATORS.find((o) => o.toLowerCase() === value.toLowerCase());
  if (!hit) throw new InvalidParameter(`The LineOperator "${value.slice(0, 40)}" is invalid: use one of ${LINE_OPERATORS.join(', ')}.`);
  return hit;
}
