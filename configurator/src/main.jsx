// Entry point: mounts the configurator into #configurator with the generated form data.
import { createRoot } from 'react-dom/client';
import { App } from './app.jsx';
import css from './style.css';

function start() {
  const element = document.getElementById('configurator');
  const form = window.SCHOOLPROTOCOL_FORMULIER;
  if (!element) return;
  if (!form) {
    element.textContent = 'Het formulier (formulier.js) ontbreekt. Draai "schoolprotocol genereer".';
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);
  element.textContent = '';
  createRoot(element).render(<App form={form} />);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
