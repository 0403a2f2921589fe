/** The services as commands, features and adapters use them: the core's bundle with this engine. */
import type { Services as CoreServices } from '../core/services.js';
import type { Engine } from './engine.js';

export type Services = CoreServices<Engine>;
