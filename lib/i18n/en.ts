import { enCore } from './en-core';
import { enExtra } from './en-extra';
import type { Messages } from './messages';

/** The whole English dictionary: the same keys as `ko` (see ko.ts for who uses which part). */
export const en: Messages = { ...enCore, ...enExtra };
