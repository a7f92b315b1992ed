/**
 * The construct library: generated bindings (one namespace per resource and data source, as
 * @cdktf/provider-aws exports them) and the hand-written L2 constructs.
 */
export * from './generated';
export * from './cidr';
export * from './validation';
export * from './network';
export * from './network-instance';
export * from './route-table-routes';
export * from './default-network';
