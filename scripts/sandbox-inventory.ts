/** Kept for existing imports: the inventory now lives in cli/inventory.ts (`alicloud-sandbox inventory`). */
export * from '../cli/inventory';
