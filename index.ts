/** Package entry: `import { provider, vpc, vswitch, Network } from "alicloud-sandbox"`. */
export * from './constructs';
