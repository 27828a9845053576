/**
 * Compile-time proof that what a route returns and the OpenAPI view class it declares describe the
 * same object: every value the code can return fits the view's types (nullability included), and
 * neither has a property, at any depth, that the other lacks. A route whose answer drifts from its
 * view stops compiling (`npm run typecheck`), long before the end-to-end validation meets the drift.
 *
 * @example
 * const checked: ExactView<Answer<ListCallsController, 'list'>, PageView<CallSummaryView>> = true;
 * // on drift: Type 'true' is not assignable to type '{ path: "items[].openedAt"; answer: …; view: … }'
 */
export type ExactView<Answer, View> = [Answer] extends [View]
  ? Mismatches<Answer, View, ''> extends infer M
    ? [M] extends [never] ? true : M
    : never
  : { path: ''; error: 'the answer is not assignable to the view'; answer: Answer; view: View };

/** What a controller's method resolves to. */
export type Answer<Controller, Method extends keyof Controller> = Controller[Method] extends (...args: never[]) => infer R ? Awaited<R> : never;

/** The `{ page, pageSize, total, items }` answer every paginated list gives (ApiPageResponse). */
export interface PageView<Item> {
  page: number;
  pageSize: number;
  total: number;
  items: Item[];
}

type Leaf = string | number | boolean | bigint | symbol | null | undefined;
type AllKeys<T> = T extends unknown ? keyof T : never;
type PropOf<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;

type Mismatches<A, V, Path extends string> = unknown extends A
  ? never // unknown or any: only the view says what it may hold
  : unknown extends V
    ? never // free-form in the view (event data): anything fits
    : LeafMismatch<Extract<A, Leaf>, V, Path> | ObjectMismatch<Exclude<A, Leaf>, Exclude<V, Leaf>, Path>;

type LeafMismatch<A, V, Path extends string> = [A] extends [never] ? never : [A] extends [V] ? never : { path: Path; answer: A; view: V };

type ObjectMismatch<A, V, Path extends string> = [A] extends [never]
  ? never
  : [A] extends [readonly (infer AE)[]]
    ? [V] extends [readonly (infer VE)[]]
      ? Mismatches<AE, VE, `${Path}[]`>
      : { path: Path; error: 'an array in the answer, not in the view' }
    : [Exclude<AllKeys<A>, AllKeys<V>>] extends [never]
      ? [Exclude<AllKeys<V>, AllKeys<A>>] extends [never]
        ? { [K in AllKeys<A> & string]: Mismatches<PropOf<A, K>, PropOf<V, K>, Path extends '' ? K : `${Path}.${K}`> }[AllKeys<A> & string]
        : { path: Path; notInTheAnswer: Exclude<AllKeys<V>, AllKeys<A>> }
      : { path: Path; notInTheView: Exclude<AllKeys<A>, AllKeys<V>> };
