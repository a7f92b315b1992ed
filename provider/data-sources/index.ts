import type { DataSourceDefinition } from '../framework/types';
import { vpcsDataSource } from './vpcs';
import { vswitchesDataSource } from './vswitches';
import { zonesDataSource } from './zones';

/** Every data source the provider serves. */
export const dataSources: DataSourceDefinition[] = [zonesDataSource, vpcsDataSource, vswitchesDataSource];
