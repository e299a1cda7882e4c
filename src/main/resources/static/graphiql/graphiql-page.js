// Starts GraphiQL (the globals React, ReactDOM and GraphiQL come from the scripts of index.html) on this server's
// POST /graphql, with the analyst's questions of the README as the first tab.
(function () {
  'use strict';

  const container = document.getElementById('graphiql');
  if (typeof React === 'undefined' || typeof ReactDOM === 'undefined' || typeof GraphiQL === 'undefined') {
    container.innerHTML = '<p class="load-error">GraphiQL could not load its scripts from this server '
      + '(/webjars/react, /graphiql/graphiql.min.js). Reload the page; if it persists, check the server log.</p>';
    return;
  }

  const params = new URLSearchParams(window.location.search);
  const path = params.get('path') || '/graphql';
  const url = path.startsWith('/') ? path : '/graphql';

  const defaultQuery = `# Ecograph: who funds, supplies, partners with and draws data from whom.
# Press the play button (or Ctrl-Enter). The Docs button (top left) lists every operation,
# field and argument; Ctrl-Space completes as you type. The visual explorer is at /.

# How is SoftBank connected to Vertiv, and how strongly?
query SoftBankToVertiv {
  influencePaths(from: "company:softbank", to: "company:vertiv", k: 3) {
    hops
    strength
    steps { explanation relation { quote status confidence } }
  }
}

# Find an entity by a Chinese or misspelt name
query FindStargate {
  search(text: "星际之门") { score entity { id name aliases } }
}

# Who funds Stargate and with what share?
query StargateFunding {
  fundingSummary(target: "program:stargate") {
    totalUsd sharesConsistent note
    funders { funder { name } amountUsd share instrument }
  }
}
`;

  const fetcher = GraphiQL.createFetcher({ url: url });
  const root = ReactDOM.createRoot(container);
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  }, React.createElement(GraphiQL.Logo, null,
    React.createElement('a', { href: '/', title: 'Back to the Ecograph explorer' }, 'Ecograph GraphiQL'))));
})();
