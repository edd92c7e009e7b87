import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from './factories.js';
import { multipart } from './import-client.js';

export interface BatchView {
  id: string;
  status: string;
  records: number;
  problemCount: number;
  findings: Record<string, number> | null;
  newWarnings: number | null;
  problems: {
    items: { row: number; column: string; value: string; code: string; message: string }[];
    total: number;
  };
}

export const RECORD_HEADER =
  'id,institution_id,practitioner_id,department_code,service_date,patient_ref,item_type,item_code,quantity,unit_price';

/** Uploads one batch file (field `file`). */
export function uploadBatch(client: Client, name: string, content: string | Buffer) {
  const { payload, headers } = multipart([{ field: 'file', name, content }]);
  return client.request('POST', '/api/v1/screening/batches', payload, headers);
}

/** Polls a batch until its job has finished (done, rejected or failed). */
export async function batchFinished(client: Client, id: string): Promise<BatchView> {
  for (let i = 0; i < 300; i += 1) {
    const response = await client.request('GET', `/api/v1/screening/batches/${id}?pageSize=100`);
    const view = response.json() as BatchView;
    if (!['queued', 'screening'].includes(view.status)) return view;
    await sleep(50);
  }
  throw new Error(`batch ${id} did not finish`);
}

/** Uploads a batch and waits for it. */
export async function screenBatchFile(client: Client, name: string, content: string) {
  const response = await uploadBatch(client, name, content);
  if (response.statusCode !== 202) throw new Error(`upload refused: ${response.statusCode} ${response.body}`);
  return batchFinished(client, (response.json() as { id: string }).id);
}

export interface WarningView {
  id: string;
  ruleCode: string;
  ref: string;
  status: string;
  districtCode: string;
  institutionId: string;
  clueId: string | null;
  clueNumber: string | null;
}

export async function warningsOf(client: Client, query: string): Promise<WarningView[]> {
  const response = await client.request('GET', `/api/v1/screening/warnings?pageSize=200&${query}`);
  if (response.statusCode !== 200) throw new Error(`warnings: ${response.statusCode} ${response.body}`);
  return (response.json() as { items: WarningView[] }).items;
}
