import type { NodeTypes } from '@xyflow/react';
import type { NodeKind } from '../../graph/types';
import { ActionNode } from './nodes/ActionNode';
import { CredentialsNode } from './nodes/CredentialsNode';
import { GenericNode } from './nodes/GenericNode';
import { PermissionPolicyNode } from './nodes/PermissionPolicyNode';
import { PrincipalNode } from './nodes/PrincipalNode';
import { ResourceNode } from './nodes/ResourceNode';
import { RoleNode } from './nodes/RoleNode';
import { ServiceNode } from './nodes/ServiceNode';
import { StsNode } from './nodes/StsNode';
import { TrustPolicyNode } from './nodes/TrustPolicyNode';

/** One component per node kind, defined once at module scope as React Flow asks. */
export const nodeTypes = {
  principal: PrincipalNode,
  'trust-policy': TrustPolicyNode,
  sts: StsNode,
  credentials: CredentialsNode,
  role: RoleNode,
  'permission-policy': PermissionPolicyNode,
  service: ServiceNode,
  action: ActionNode,
  resource: ResourceNode,
  condition: GenericNode,
  boundary: GenericNode,
  scp: GenericNode,
  rcp: GenericNode,
  'endpoint-policy': GenericNode,
  'instance-profile': GenericNode,
} satisfies Record<NodeKind, NodeTypes[string]> as NodeTypes;
