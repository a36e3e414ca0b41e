// The services' operations as the console calls them through its gateway, typed from the
// generated OpenAPI types: `/api/v1/targets/{id}` of the planning service is the call
// `/api/planning/v1/targets/${id}`, answering the TargetView of the document.
import type { components as Clue, paths as CluePaths } from './clue';
import type { components as Inspection, paths as InspectionPaths } from './inspection';
import type { components as Planning, paths as PlanningPaths } from './planning';
import type { components as Query, paths as QueryPaths } from './query';
import type { components as Rectification, paths as RectificationPaths } from './rectification';

interface Services {
  planning: PlanningPaths;
  inspection: InspectionPaths;
  clue: CluePaths;
  rectification: RectificationPaths;
  query: QueryPaths;
}
type Service = keyof Services;

/** A service's named schemas, e.g. `Schema<'planning', 'RoundView'>`. */
export interface ServiceSchemas {
  planning: Planning['schemas'];
  inspection: Inspection['schemas'];
  clue: Clue['schemas'];
  rectification: Rectification['schemas'];
  query: Query['schemas'];
}
export type Schema<S extends Service, N extends keyof ServiceSchemas[S]> = ServiceSchemas[S][N];

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** `/targets/{id}/merge` as a call's path type: `/targets/${string}/merge`. */
type Concrete<P extends string> = P extends `${infer Head}{${string}}${infer Tail}`
  ? `${Head}${string}${Concrete<Tail>}`
  : P;
type Gateway<S extends string, P> = P extends `/api/v1${infer Rest}`
  ? `/api/${S}/v1${Concrete<Rest>}`
  : never;

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
/** The JSON body of the operation's 2xx answer. */
type Success<O> = O extends { responses: infer R }
  ? { [C in keyof R]: C extends 200 | 201 | 202 ? Json<R[C]> : never }[keyof R]
  : never;
type RequestBody<O> = O extends { requestBody?: { content: { 'application/json': infer B } } }
  ? B
  : Record<string, never>;

type Entry = {
  [S in Service]: {
    [P in keyof Services[S] & string]: {
      [M in Method]: Services[S][P] extends { [K in M]: infer O }
        ? [O] extends [never]
          ? never
          : { method: M; path: Gateway<S, P>; answer: Success<O>; body: RequestBody<O> }
        : never;
    }[Method];
  }[keyof Services[S] & string];
}[Service];

type EntryOf<M extends Method> = Extract<Entry, { method: M }>;
/** Every path a call with this method may take, with or without a query string. */
export type CallPath<M extends Method> = EntryOf<M>['path'] | `${EntryOf<M>['path']}?${string}`;

type Matching<M extends Method, C extends string> =
  EntryOf<M> extends infer E
    ? E extends { path: infer P extends string }
      ? C extends P | `${P}?${string}`
        ? E
        : never
      : never
    : never;
/** Of the operations a path fits, the most specific: `/term-plans/${id}/coverage`, not `/term-plans/${id}`. */
type MostSpecific<E extends { path: string }, All extends { path: string } = E> = E extends unknown
  ? [Extract<Exclude<All, E>['path'], E['path']>] extends [never]
    ? E
    : never
  : never;
type Operation<M extends Method, C extends string> = MostSpecific<Matching<M, C>>;

/** What the operation a call reaches answers. */
export type AnswerOf<M extends Method, C extends string> = Operation<M, C>['answer'];
/** What the operation a call reaches takes as its body. */
export type BodyOf<M extends Method, C extends string> = Operation<M, C>['body'];

type Refusal<O> = O extends {
  responses: { 422: { content: { 'application/problem+json': infer P } } };
}
  ? P extends { rule: infer R }
    ? R
    : never
  : never;
/** Every rule a service's operations can refuse by (422 `rule`), from its document. */
export type RuleOf<S extends Service> = {
  [P in keyof Services[S]]: {
    [M in Method]: Services[S][P] extends { [K in M]: infer O } ? Refusal<O> : never;
  }[Method];
}[keyof Services[S]];
