/**
 * Values computed once per request and key, and forgotten with the request: the request object is the WeakMap's
 * key, so nothing outlives it and nothing is shared between two requests (a fact read for one caller is never served
 * to the next). Concurrent resolvers of one request asking for the same key share one promise.
 */
export class RequestMemo<V extends NonNullable<unknown>> {
  private readonly byRequest = new WeakMap<object, Map<string, V>>();

  get(request: object, key: string, compute: () => V): V {
    let perRequest = this.byRequest.get(request);
    if (!perRequest) {
      perRequest = new Map();
      this.byRequest.set(request, perRequest);
    }
    const found = perRequest.get(key);
    if (found !== undefined) return found;
    const value = compute();
    perRequest.set(key, value);
    return value;
  }
}
