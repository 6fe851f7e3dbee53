import type { Browser } from 'playwright-core';

/** Debian's Chromium, or CHROMIUM_PATH. */
export declare const chromiumPath: string;
/** The flags Chromium needs on this closed network. */
export declare const chromiumArgs: string[];
/** Launches Debian's Chromium headless; throws with the install command when it is missing. */
export declare function launchChromium(): Promise<Browser>;
