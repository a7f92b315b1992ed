/** What the physical-connection family stores. Access points are a fixed catalogue (access-points.ts). */
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';

export const PHYSICAL_CONNECTIONS = 'physicalConnections';

export interface PhysicalConnectionRecord extends Row {
  id: string;
  accessPointId: string;
  lineOperator: string;
  peerLocation: string;
  portType: string;
  bandwidth: number;
  circuitCode: string;
  redundantPhysicalConnectionId: string;
  name: string;
  description: string;
  type: string;
  /** Allocated → Enabled ⇄ Terminated (the application, approval and construction steps are skipped). */
  status: 'Allocated' | 'Enabled' | 'Terminated';
  createdAt: number;
  enabledAt?: number;
  tags: Tags;
}
