/**
 * Behaviour profiles: which server an engine imitates. A profile is a named
 * set of behaviour switches of one API (`ApiDefinition.profiles`); the API's
 * handlers, auth rules and error body consult the switches by name, and the
 * few behaviours the engine itself owns (throttle windows and headers, what
 * a malformed query value does) are read from the profile's `engine` part.
 * One switch, one rule, one home: the code that behaves differently asks
 * `profile.has('<switch>')` where the behaviour lives.
 *
 * @example
 * const engine = createEngine(timetracker(document), { profile: 'timetracker-5.10' });
 * engine.profile.has('fixed-rate-windows'); // true
 */

/** What the engine's own stages do differently under a profile. */
export interface EngineBehaviour {
  /** Per-token rate-limit windows: sliding (default) or fixed minute/hour buckets. */
  rateLimitWindows?: 'sliding' | 'fixed';
  /** Send `X-RateLimit-Limit/Remaining/Reset` on counted answers (default true). */
  rateLimitHeaders?: boolean;
  /** A query value that fails validation is dropped (as if absent) instead of answering 400. */
  lenientQuery?: boolean;
  /** Operations the imitated server does not have (by operationId): their routes answer 404/405 before anything else runs. */
  absentOperations?: readonly string[];
}

export interface ProfileDef<S extends string = string> {
  /** One line: which server this profile imitates. */
  title: string;
  /** The switches that are on. */
  switches: readonly S[];
  engine?: EngineBehaviour;
}

/** The profile an engine runs with, as stages and handlers see it. */
export interface ActiveProfile<S extends string = string> {
  readonly name: string;
  readonly title: string;
  has(name: S): boolean;
  readonly engine: Readonly<EngineBehaviour>;
}

/** The profile `name` of `profiles` (or the default one); throws on an unknown name, listing the known ones. */
export function activeProfile<S extends string>(profiles: Readonly<Record<string, ProfileDef<S>>>, name: string): ActiveProfile<S> {
  const def = Object.hasOwn(profiles, name) ? profiles[name] : undefined;
  if (!def) throw new Error(`unknown profile "${name}" (known: ${Object.keys(profiles).join(', ')})`);
  const on = new Set<string>(def.switches);
  return { name, title: def.title, has: (s) => on.has(s), engine: { ...def.engine } };
}

/** The profile of an API that has none: every switch off. */
export const PLAIN_PROFILE: ActiveProfile<string> = { name: 'default', title: 'the spec', has: () => false, engine: {} };
