/** alicloud_network_interface(_attachment): the real provider's older names for the ENI resources (same schema and behaviour). */
export { networkInterfaceResource } from './ecs-network-interface';
export { networkInterfaceAttachmentResource } from './ecs-network-interface-attachment';
