// For the TypeORM CLI only (e.g. `npx typeorm migration:show -d dist/libs/persistence/src/data-source.js`).
// Not exported from index.ts: importing it reads the configuration.
import 'reflect-metadata';
import { loadConfig } from '@deployguard/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

export const AppDataSource = new DataSource(dataSourceOptions(loadConfig()));
