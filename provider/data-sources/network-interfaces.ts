/** alicloud_network_interfaces: the real provider's older name for alicloud_ecs_network_interfaces (same data source). */
export { networkInterfacesDataSource } from './ecs-network-interfaces';
