/**
 * The construct library: generated bindings (one namespace per resource and data source, as
 * @cdktf/provider-aws exports them) and the hand-written L2 constructs.
 */
export * from './generated';
export * from './cidr';
export * from './validation';
export * from './network-registry';
export * from './network';
export * from './network-instance';
export * from './route-table-routes';
export * from './default-network';
export * from './internet-rules';
export * from './elastic-ip';
export * from './nat-egress';
export * from './port-forward';
export * from './hybrid-rules';
export * from './hybrid-route';
export * from './vpc-peering';
export * from './vpn-to-idc';
export * from './leased-line-to-idc';
