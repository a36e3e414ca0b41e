import { Api, ApiError, pool } from './client';

/** A recorded fake of fetch: answers in order, remembers every request. */
function fakeFetch(answers: Array<[number, unknown, Record<string, string>?]>) {
  const requests: Array<{ url: string; init: RequestInit }> = [];
  const impl = (async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    const [status, body, headers] = answers.shift() ?? [500, { detail: 'no answer left' }];
    return new Response(body === undefined ? '' : JSON.stringify(body), { status, headers });
  }) as unknown as typeof fetch;
  return { impl, requests };
}

const ports = { planning: 1, inspection: 2, clue: 3, rectification: 4, query: 5 };
const apiOver = (answers: Array<[number, unknown, Record<string, string>?]>, settleMs = 1000) => {
  const fake = fakeFetch(answers);
  const api = new Api({
    host: 'h',
    ports,
    settleMs,
    keyOf: (step) => `key-of-${step}`,
    pauseMs: 1,
    fetch: fake.impl,
  });
  return { api, requests: fake.requests };
};

describe('the tools HTTP client', () => {
  it('sends the token, the JSON body and the step’s Idempotency-Key to the service’s port', async () => {
    const { api, requests } = apiOver([[201, { id: 't1' }]]);
    const body = await api.call('clue', 'POST', '/clues', 'tok', { a: 1 }, { step: 's1' });
    expect(body).toEqual({ id: 't1' });
    expect(requests[0].url).toBe('http://h:3/api/v1/clues');
    expect(requests[0].init.headers).toMatchObject({
      authorization: 'Bearer tok',
      'idempotency-key': 'key-of-s1',
    });
    expect(requests[0].init.body).toBe('{"a":1}');
  });

  it('refuses a POST without a step, as it could not be keyed', async () => {
    const { api } = apiOver([]);
    await expect(api.request('planning', 'POST', '/targets', 'tok', {})).rejects.toThrow(
      /without a step name/,
    );
  });

  it('waits out 429 and retries a 422 whose rule is named as not settled yet', async () => {
    const { api, requests } = apiOver([
      [429, {}, { 'retry-after': '1' }],
      [422, { type: 'https://x/rules/target-unknown' }],
      [200, { ok: true }],
    ]);
    const body = await api.call(
      'planning',
      'POST',
      '/cadres',
      'tok',
      {},
      {
        step: 's',
        retry: ['target-unknown'],
      },
    );
    expect(body).toEqual({ ok: true });
    expect(requests).toHaveLength(3);
  });

  it('throws an ApiError with the status and the problem for any other refusal', async () => {
    const { api } = apiOver([[422, { type: 'https://x/rules/other', detail: 'no' }]]);
    const error = await api
      .call('planning', 'POST', '/cadres', 'tok', {}, { step: 's', retry: ['target-unknown'] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, body: { detail: 'no' } });
  });

  it('reads a list page after page by its cursor', async () => {
    const { api, requests } = apiOver([
      [200, { items: [{ id: 1 }], next: 'c/2' }],
      [200, { items: [{ id: 2 }] }],
    ]);
    expect(await api.list('planning', '/rounds?x=1', 'tok')).toEqual([{ id: 1 }, { id: 2 }]);
    expect(requests.map((r) => r.url)).toEqual([
      'http://h:1/api/v1/rounds?x=1&limit=1000',
      'http://h:1/api/v1/rounds?x=1&limit=1000&cursor=c%2F2',
    ]);
  });

  it('polls until the probe answers, and names what it waited for when it never does', async () => {
    const { api } = apiOver([], 20);
    let n = 0;
    expect(await api.eventually('three', async () => (++n === 3 ? n : undefined))).toBe(3);
    await expect(api.eventually('the round', async () => false)).rejects.toThrow(
      /waiting for the round/,
    );
  });

  it('runs a pool at most `limit` at a time, keeping each result in its place', async () => {
    let running = 0;
    let most = 0;
    const results = await pool([3, 1, 2, 5], 2, async (n) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(results).toEqual([30, 10, 20, 50]);
    expect(most).toBe(2);
  });
});
