/** What a push to one engine came to. */
export type EngineOutcome = {
  accepted: number;
  /** Why the rest was not sent or not taken; the URLs stay for the next run. */
  failure?: string;
  /** What else the engine said (its quota left). */
  notes: string[];
};

/** A search engine's push API. `onAccepted` is told each batch the engine took, as it takes it. */
export type Engine = {
  id: string;
  name: string;
  push: (urls: string[], onAccepted: (urls: string[]) => void) => Promise<EngineOutcome>;
};

/** An engine whose settings are missing: skipped, saying which. */
export type SkippedEngine = { id: string; name: string; missing: string };
