/**
 * `npm run schema`: writes provider/schema.json in exactly the shape that
 * `terraform providers schema -json` prints for this provider, without running Terraform.
 * The cdktf bindings are generated from this file; test/provider/schema.test.ts checks it
 * against real Terraform.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resources } from '../provider/resources/index';
import { dataSources } from '../provider/data-sources/index';
import { PROVIDER_ADDRESS, blockToJson, effectiveDataSourceSchema, effectiveResourceSchema } from '../provider/framework/schema';
import { providerConfigSchema } from '../provider/framework/provider-config';

export const SCHEMA_FILE = path.resolve(__dirname, '..', 'provider', 'schema.json');

function sortedByName<T extends { typeName: string }>(defs: T[]): T[] {
  return [...defs].sort((a, b) => (a.typeName < b.typeName ? -1 : a.typeName > b.typeName ? 1 : 0));
}

/** The provider schema as `terraform providers schema -json` prints it. */
export function providerSchemaJson(): any {
  const provider: any = { provider: { version: 0, block: blockToJson(providerConfigSchema) } };
  if (resources.length) {
    provider.resource_schemas = {};
    for (const def of sortedByName(resources)) {
      provider.resource_schemas[def.typeName] = { version: def.schemaVersion ?? 0, block: blockToJson(effectiveResourceSchema(def)) };
    }
  }
  if (dataSources.length) {
    provider.data_source_schemas = {};
    for (const def of sortedByName(dataSources)) {
      provider.data_source_schemas[def.typeName] = { version: 0, block: blockToJson(effectiveDataSourceSchema(def)) };
    }
  }
  return { format_version: '1.0', provider_schemas: { [PROVIDER_ADDRESS]: provider } };
}

export function writeSchema(file = SCHEMA_FILE): string {
  fs.writeFileSync(file, JSON.stringify(providerSchemaJson(), null, 2) + '\n');
  return file;
}

if (require.main === module) {
  const file = writeSchema();
  process.stderr.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
