// What the API answers, in its snake_case JSON: the OpenAPI document's own response schemas
// (generated into schema.d.ts, which the panel test keeps equal to the live document).
import type { components } from './schema';

type Schemas = components['schemas'];

export type Job = Schemas['JobViewSchema'];
export type JobStatus = Job['status'];
// One finding: a value at one place (file and line in one commit, or commit metadata).
export type Finding = Schemas['SecretViewSchema'];
export type Severity = Finding['severity'];
export type Confidence = Finding['confidence'];
export type JobDetail = Schemas['JobDetailSchema'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  page_size: number;
}

export type SelectionResult = Schemas['SelectionSchema'];
export type CleanReport = Schemas['CleanReportSchema'];
export type Repository = Schemas['RepositoryViewSchema'];
export type ScanRun = Schemas['ScanRunViewSchema'];
export type WebhookDelivery = Schemas['WebhookDeliveryViewSchema'];
