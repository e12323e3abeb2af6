import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { prepareStorage } from './app/openStorage';
import './styles.css';

// Monaco is not imported here: it arrives in its own chunk when the editor mounts, after the graph.
// Storage first: it is synchronous unless a large workspace waits in IndexedDB (an embed has none).
void prepareStorage(window.location.search).then(() => {
  const startup = bootstrap(window.location, navigator.languages ?? [navigator.language]);
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App startup={startup} />
      </StrictMode>,
    );
  }
});
