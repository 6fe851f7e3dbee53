import type { WordPressManifest } from './manifest';

export declare const debianPackages: string[];
/** `apt-get install -y …` for every package the live site needs. */
export declare const installCommand: string;
/** What is missing on this machine for a live WordPress (empty when nothing is). */
export declare function missingPrerequisites(): Promise<string[]>;

export interface LiveWordPress {
  /** http://127.0.0.1:<port> */
  url: string;
  manifest: WordPressManifest;
  /** Seconds each phase of the start took, and `total`. */
  timings: Record<string, number>;
  /** PHP notices and warnings WordPress logged (WP_DEBUG_LOG). */
  debugLog(): string;
  /** Ends every process the start began and removes its temporary directory. */
  stop(): Promise<void>;
}

/** Starts and seeds the site; throws with the apt-get command when Debian's packages are missing. */
export declare function startWordPress(options?: { log?: (message: string) => void }): Promise<LiveWordPress>;
