import { DEFAULT_LANG, type Lang, translate } from '../i18n/translate';
import { ApiError, parseApiError } from './errors';

export const API_BASE = '/api/v1';

let requestLang: Lang = DEFAULT_LANG;
let csrfToken: string | null = null;
let unauthenticatedHandler: (() => void) | null = null;

export function setRequestLanguage(lang: Lang): void {
  requestLang = lang;
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF header, for writes sent outside `request` (file uploads with XMLHttpRequest). */
export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Registers what happens when any call answers 401 UNAUTHENTICATED (the staff app goes to login). */
export function onUnauthenticated(handler: (() => void) | null): void {
  unauthenticatedHandler = handler;
}

export type QueryValue = string | number | boolean | null | undefined;

/** Serialises query parameters, dropping empty values. */
export function buildQuery(params: Record<string, QueryValue> | undefined): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Do not trigger the global "go to login" handler on 401 (login and session probes). */
  skipAuthRedirect?: boolean;
  signal?: AbortSignal;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': requestLang };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${buildQuery(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({
      status: 0,
      code: 'NETWORK',
      message: translate(requestLang, 'common.networkError'),
    });
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (!response.ok) {
    const fallback = `${translate(requestLang, 'common.loadFailed')} (HTTP ${response.status})`;
    const error = parseApiError(response.status, body, fallback);
    if (error.code === 'UNAUTHENTICATED' && !options.skipAuthRedirect) unauthenticatedHandler?.();
    throw error;
  }
  return body as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
};
