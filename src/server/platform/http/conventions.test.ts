import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../../../../test/harness.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('HTTP conventions', () => {
  it('documents every API route in the OpenAPI document, with request and response schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const route of t.routes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = doc.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url} is documented`).toBeTruthy();
      expect(
        Object.keys(operation.responses ?? {}).length,
        `${route.method} ${route.url} has responses`,
      ).toBeGreaterThan(0);
      if (['POST', 'PATCH', 'PUT'].includes(route.method) && operation.requestBody) {
        expect(operation.requestBody.content['application/json'].schema).toBeTruthy();
      }
    }
  });

  it('serves the API explorer at /api/docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });

  it('reports health with the database kind, and Prometheus metrics', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.json()).toMatchObject({ status: 'ok', database: expect.stringMatching(/pglite|postgres/) });
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('weijian_http_request_duration_seconds');
    expect(metrics.body).toContain('weijian_process_cpu_user_seconds_total');
  });

  it('sets security headers and echoes a request id on every response', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'trace-12345678' },
    });
    expect(response.headers['x-request-id']).toBe('trace-12345678');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('answers an unknown API path with the error envelope, localised', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/nothing-here',
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'The requested record was not found.', field: null, details: [] },
      requestId: expect.any(String),
    });
  });

  it('refuses a body over the size limit with PAYLOAD_TOO_LARGE and malformed JSON with a 400', async () => {
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x'.repeat(2_000_000), password: 'y' }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body' });
  });

  it('answers an unexpected failure with INTERNAL and the request id, never a stack or SQL', async () => {
    const broken = await openTestApp();
    await broken.database.close();
    const response = await broken.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      cookies: { wj_session: 'any-token' },
    });
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(body.error.code).toBe('INTERNAL');
    expect(body.requestId).toBe(response.headers['x-request-id']);
    expect(response.body).not.toMatch(/select|sessions|at .*\.ts/i);
    await broken.app.close();
  });
});
