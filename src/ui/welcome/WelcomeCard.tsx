import { useId } from 'react';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { embedView } from '../present/embedView';
import { loadPreset } from '../workload/presets';
import './welcome.css';

const selectOpen = (s: AppState) => s.welcomeOpen;

/**
 * What a first visit sees: three places to start. Any choice, "Got it" or Escape within it puts it away for good
 * (the store remembers that); an embedded page or one opened from a link never shows it.
 */
export function WelcomeCard() {
  const open = useApp(selectOpen);
  const store = useAppStore();
  const heading = useId();
  if (!open || embedView(globalThis.location?.search ?? '') !== null) return null;
  const s = () => store.getState();
  const playDefault = async () => {
    s().dismissWelcome();
    const loaded = await loadPreset(store, 'default.json');
    if (!loaded.ok) return;
    s().setView('simulate');
    s().play();
  };
  const show = (view: 'lessons' | 'gallery') => {
    s().dismissWelcome();
    s().setView(view);
  };
  return (
    <section
      className="welcome-card"
      aria-labelledby={heading}
      onKeyDown={(e) => {
        if (e.key === 'Escape') s().dismissWelcome();
      }}
    >
      <h2 id={heading}>Welcome! Where would you like to start?</h2>
      <p>It steps an operating system through time, a tick at a time, and says why it took each decision.</p>
      <div className="welcome-choices">
        <button type="button" className="primary" onClick={() => show('lessons')}>
          Start a lesson
        </button>
        <button type="button" onClick={() => show('gallery')}>
          Browse presets
        </button>
        <button type="button" onClick={() => void playDefault()}>
          Play the default scenario
        </button>
        <button type="button" className="welcome-dismiss" onClick={() => s().dismissWelcome()}>
          Got it
        </button>
      </div>
    </section>
  );
}
