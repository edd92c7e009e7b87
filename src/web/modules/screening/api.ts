import { API_BASE, api, buildQuery, csrfHeader, type QueryValue } from '../../app/api/client';
import { ApiError, parseApiError } from '../../app/api/errors';
import type { Paged } from '../../app/api/types';
import type {
  Batch,
  BatchDetail,
  BatchPage,
  BatchStatus,
  Clue,
  ClueDetail,
  Dashboard,
  Rule,
  Warning,
  WarningDetail,
} from './types';

type Query = Record<string, QueryValue>;
const seg = encodeURIComponent;
const BASE = '/screening';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Batches, warnings and clues are named by UUIDs; the API refuses another id as a bad request, which
 * a page should show as "not found" (a mistyped or truncated link), so such ids are not sent at all.
 */
function byId<T>(id: string, load: () => Promise<T>): Promise<T> {
  if (UUID.test(id)) return load();
  return Promise.reject(new ApiError({ status: 404, code: 'NOT_FOUND', message: 'not found' }));
}

export const FINISHED_BATCH: readonly BatchStatus[] = ['rejected', 'done', 'failed'];
export const isBatchFinished = (status: BatchStatus) => FINISHED_BATCH.includes(status);

export const listBatches = (query: Query, signal?: AbortSignal) =>
  api.get<BatchPage>(`${BASE}/batches`, query, signal);
export const getBatch = (id: string, query: Query, signal?: AbortSignal) =>
  byId(id, () => api.get<BatchDetail>(`${BASE}/batches/${seg(id)}`, query, signal));

export const listRules = (signal?: AbortSignal) =>
  api.get<{ items: Rule[] }>(`${BASE}/rules`, undefined, signal);

export const listWarnings = (query: Query, signal?: AbortSignal) =>
  api.get<Paged<Warning>>(`${BASE}/warnings`, query, signal);
export const getWarning = (id: string, signal?: AbortSignal) =>
  byId(id, () => api.get<WarningDetail>(`${BASE}/warnings/${seg(id)}`, undefined, signal));
export const dismissWarnings = (ids: string[], reason: string) =>
  api.post<{ dismissed: number }>(`${BASE}/warnings/dismiss`, { ids, reason });

export const createClue = (body: { warningIds: string[]; title: string; note?: string }) =>
  api.post<ClueDetail>(`${BASE}/clues`, body);
export const listClues = (query: Query, signal?: AbortSignal) =>
  api.get<Paged<Clue>>(`${BASE}/clues`, query, signal);
export const getClue = (id: string, signal?: AbortSignal) =>
  byId(id, () => api.get<ClueDetail>(`${BASE}/clues/${seg(id)}`, undefined, signal));

export const getDashboard = (query: Query, signal?: AbortSignal) =>
  api.get<Dashboard>(`${BASE}/dashboard`, query, signal);

/** Plain links: the browser downloads with the session cookie. */
export const batchReportUrl = (id: string, format: 'csv' | 'xlsx') =>
  `${API_BASE}${BASE}/batches/${seg(id)}/report${buildQuery({ format })}`;
export const batchTemplateUrl = () => `${API_BASE}${BASE}/batches/template${buildQuery({ format: 'csv' })}`;

/**
 * Uploads one record file as multipart/form-data (field `file`) with XMLHttpRequest, which reports
 * upload progress (0–100) where fetch does not. Resolves with the queued batch; rejects with the API's error.
 */
export function uploadBatch(file: File, lang: string, onProgress: (percent: number) => void): Promise<Batch> {
  const form = new FormData();
  form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}${BASE}/batches`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', lang);
    for (const [name, value] of Object.entries(csrfHeader())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded * 100) / event.total));
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 202 || xhr.status === 201) resolve(body as Batch);
      else reject(parseApiError(xhr.status, body, `HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'NETWORK', message: 'network' }));
    xhr.send(form);
  });
}
