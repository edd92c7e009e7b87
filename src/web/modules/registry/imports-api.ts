import { API_BASE, api, buildQuery, csrfHeader, type QueryValue } from '../../app/api/client';
import { ApiError, parseApiError } from '../../app/api/errors';
import type { Paged } from '../../app/api/types';

export type ImportStatus = 'queued' | 'checking' | 'writing' | 'rejected' | 'done' | 'failed';
export type FileKind = 'institutions' | 'practitioners' | 'drugs' | 'fhir_bundle';
export type Counts = { created: number; updated: number; unchanged: number };

export interface ImportSummary {
  id: string;
  status: ImportStatus;
  processed: number;
  total: number;
  percent: number;
  actorName: string;
  jurisdictionCode: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  files: { name: string; kind: FileKind; format: string; sizeBytes: number; rowCount: number | null }[];
  summary: Record<string, Counts> | null;
  problemRows: number;
  problemCount: number;
  error: string | null;
}

export interface ImportProblem {
  seq: number;
  file: string;
  row: number;
  column: string;
  value: string;
  code: string;
  message: string;
}

export interface ImportDetail extends ImportSummary {
  problemFiles: { file: string; problems: number; rows: number }[];
  problems: Paged<ImportProblem>;
  reportCap: number;
}

export const FINISHED: readonly ImportStatus[] = ['rejected', 'done', 'failed'];
export const isFinished = (status: ImportStatus) => FINISHED.includes(status);

const seg = encodeURIComponent;

export interface ImportPage extends Paged<ImportSummary> {
  limits: { maxFiles: number; maxFileBytes: number };
}

export const listImports = (query: Record<string, QueryValue>, signal?: AbortSignal) =>
  api.get<ImportPage>('/registry/imports', query, signal);
export const getImport = (id: string, query: Record<string, QueryValue>, signal?: AbortSignal) =>
  api.get<ImportDetail>(`/registry/imports/${seg(id)}`, query, signal);

/** Plain links: the browser downloads with the session cookie. */
export const reportUrl = (id: string, format: 'csv' | 'xlsx') =>
  `${API_BASE}/registry/imports/${seg(id)}/report${buildQuery({ format })}`;
export const templateUrl = (kind: 'institutions' | 'practitioners' | 'drugs', format: 'csv' | 'xlsx') =>
  `${API_BASE}/registry/imports/template${buildQuery({ kind, format })}`;

/**
 * Uploads files as multipart/form-data with XMLHttpRequest (fetch reports no upload progress);
 * `onProgress` gets 0–100. Resolves with the queued import; rejects with the API's error.
 */
export function uploadImport(
  files: File[],
  lang: string,
  onProgress: (percent: number) => void,
): Promise<ImportSummary> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}/registry/imports`);
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
      if (xhr.status === 202) resolve(body as ImportSummary);
      else reject(parseApiError(xhr.status, body, `HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'NETWORK', message: 'network' }));
    xhr.send(form);
  });
}
