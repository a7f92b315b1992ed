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
  /**
   * Allocated → (Confirmed →) Enabled ⇄ Terminated, or Allocated/Confirmed → Canceled (the real
   * approval and construction steps are skipped; Confirmed is the real "construction confirmed,
   * awaiting the port order" step the real provider passes through on its way to Enabled).
   */
  status: 'Allocated' | 'Confirmed' | 'Enabled' | 'Terminated' | 'Canceled';
  createdAt: number;
  enabledAt?: number;
  tags: Tags;
}
