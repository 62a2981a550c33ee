import { createHash } from 'node:crypto';
import type { PlaygroundTab } from './operations';

/** GraphiQL's built bundle, inlined: script, styles, favicon and Monaco's web workers, all as strings. */
interface GraphiQLAssets {
  js: string;
  css: string;
  favicon: string;
  editorWorkerService: string;
  jsonWorker: string;
  graphqlWorker: string;
}

export interface PlaygroundPageOptions {
  /** Path of the GraphQL endpoint, on the same origin as the page. */
  endpoint: string;
  /** Tabs GraphiQL opens with on a first visit. */
  tabs: PlaygroundTab[];
  /** Value the API key field starts with (`sandbox-key` in the sandbox); empty outside it. */
  defaultApiKey?: string;
}

/** Title of GraphiQL's documentation plugin, opened on a first visit. */
const DOCS_PLUGIN = 'Documentation Explorer';

/**
 * Renders the playground: one self-contained HTML page with GraphiQL (from
 * `@graphql-yoga/render-graphiql`, which ships GraphiQL with every asset inlined: fonts and
 * icons as data URLs, Monaco's workers as strings turned into blob URLs), so the page needs
 * nothing but ordergraph, with no internet access.
 *
 * Around GraphiQL the page adds an API key field: a wrapper of `fetch` puts
 * `Authorization: Bearer <key>` on every request to the endpoint that does not already carry an
 * Authorization header (a header set in GraphiQL's header editor wins).
 */
export function renderPlaygroundPage(options: PlaygroundPageOptions): string {
  // Required on first use: the bundle is 9 MB of strings that a server without visitors never needs.
  // (A plain require: the package's files are reachable through its `exports` map only.)
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  const assets = require('@graphql-yoga/render-graphiql/graphiql') as GraphiQLAssets;
  const tabs = options.tabs.length > 0 ? options.tabs : undefined;
  const graphiqlOptions = {
    endpoint: options.endpoint,
    title: 'ordergraph',
    defaultTabs: tabs,
    defaultEditorToolsVisibility: 'variables',
    // Headers are not kept in the browser's storage: the key lives in the field (session only).
    shouldPersistHeaders: false,
    // Subscriptions over graphql-ws at the same endpoint; the key goes in the connection parameters (below).
    subscriptionsProtocol: 'WS',
  };
  const page = {
    endpoint: options.endpoint,
    defaultApiKey: options.defaultApiKey ?? '',
    docsPlugin: DOCS_PLUGIN,
    // A new set of example operations replaces the tabs a browser kept from an earlier visit.
    tabsVersion: createHash('sha256')
      .update(JSON.stringify(tabs ?? []))
      .digest('hex')
      .slice(0, 16),
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>ordergraph playground</title>
    <link rel="icon" href="${assets.favicon}" />
    <style>${assets.css}</style>
    <style>
      html, body { height: 100%; margin: 0; }
      body { display: flex; flex-direction: column; }
      #og-bar { display: flex; align-items: center; gap: 12px; padding: 6px 16px; font: 14px system-ui, sans-serif;
        background: hsl(219, 28%, 18%); color: #fff; flex: none; }
      #og-bar strong { font-size: 15px; letter-spacing: .02em; }
      #og-bar label { display: flex; align-items: center; gap: 8px; }
      #og-api-key { width: 22em; padding: 4px 8px; border-radius: 4px; border: 1px solid hsl(219, 15%, 45%);
        background: hsl(219, 28%, 12%); color: #fff; font: 13px ui-monospace, monospace; }
      #og-bar small { opacity: .7; }
      #root { flex: 1; min-height: 0; }
      #root > .graphiql-container { height: 100%; }
    </style>
  </head>
  <body class="no-focus-outline">
    <noscript>The ordergraph playground needs JavaScript.</noscript>
    <div id="og-bar">
      <strong>ordergraph</strong>
      <label for="og-api-key">API key
        <input id="og-api-key" name="apiKey" type="text" autocomplete="off" spellcheck="false" placeholder="your API key" />
      </label>
      <small>sent as <code>Authorization: Bearer &lt;key&gt;</code> with every request</small>
    </div>
    <div id="root"></div>
    <script>
      (function () {
        var page = ${scriptJson(page)};
        var keyField = document.getElementById('og-api-key');
        keyField.value = sessionStorage.getItem('ordergraph:apiKey') ?? page.defaultApiKey;
        keyField.addEventListener('input', function () { sessionStorage.setItem('ordergraph:apiKey', keyField.value); });

        if (localStorage.getItem('ordergraph:tabsVersion') !== page.tabsVersion) {
          localStorage.removeItem('graphiql:tabState');
          localStorage.removeItem('graphiql:query');
          localStorage.setItem('ordergraph:tabsVersion', page.tabsVersion);
        }
        if (localStorage.getItem('graphiql:visiblePlugin') === null) localStorage.setItem('graphiql:visiblePlugin', page.docsPlugin);

        var endpoint = new URL(page.endpoint, location.href);
        var originalFetch = window.fetch.bind(window);
        window.fetch = function (input, init) {
          var url = new URL(input instanceof Request ? input.url : String(input), location.href);
          var key = keyField.value.trim();
          if (key && url.origin === endpoint.origin && url.pathname === endpoint.pathname) {
            var headers = new Headers((init && init.headers) || (input instanceof Request ? input.headers : undefined));
            if (!headers.has('authorization')) headers.set('authorization', 'Bearer ' + key);
            init = Object.assign({}, init, { headers: headers });
          }
          return originalFetch(input, init);
        };
      })();

      function prepareBlob(workerContent) {
        return URL.createObjectURL(new Blob([workerContent], { type: 'application/javascript' }));
      }
      var workers = {
        editorWorkerService: prepareBlob(${scriptJson(assets.editorWorkerService)}),
        json: prepareBlob(${scriptJson(assets.jsonWorker)}),
        graphql: prepareBlob(${scriptJson(assets.graphqlWorker)}),
      };
      self['MonacoEnvironment'] = {
        globalAPI: false,
        getWorkerUrl: function (moduleId, label) { return workers[label]; },
      };
    </script>
    <script>${assets.js}</script>
    <script>
      (function () {
        var options = ${scriptJson(graphiqlOptions)};
        // GraphiQL fills the first tab's variables editor from \`variables\` only, not from its tab.
        if (localStorage.getItem('graphiql:tabState') === null && options.defaultTabs) options.variables = options.defaultTabs[0].variables;
        // A browser's WebSocket carries no Authorization header: the key field goes in graphql-ws's connection parameters.
        options.connectionParams = function () {
          var key = document.getElementById('og-api-key').value.trim();
          return key ? { Authorization: 'Bearer ' + key } : {};
        };
        YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
      })();
    </script>
  </body>
</html>
`;
}

/** JSON that is safe inside a <script> element (no `</script>`, no `<!--`). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
