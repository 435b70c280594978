import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { ApiContext, detectApi } from './api/index.js';
import './styles/app.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ApiContext.Provider value={detectApi()}>
        <App />
      </ApiContext.Provider>
    </StrictMode>,
  );
}
