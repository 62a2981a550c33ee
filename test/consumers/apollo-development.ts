// Apollo Client checks its cache writes and prints its warnings in development builds only (what
// an app's developer runs). Loaded before @apollo/client so its CommonJS build runs as that one.
(globalThis as { __DEV__?: boolean }).__DEV__ = true;

import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';

// The full texts of its warnings, as a developer sees them, instead of numbered references.
loadDevMessages();
loadErrorMessages();
