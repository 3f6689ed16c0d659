import { useShallow } from '../app/useShallow';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';

const selectStart = (s: AppState) => ({ predict: s.predict, title: s.scenario?.title ?? null });

/** "Predict the scheduler": turns the who-runs-next mode on for the scenario in the simulator. */
export function PredictStart() {
  const store = useAppStore();
  const { predict, title } = useApp(useShallow(selectStart));
  return (
    <section className="teach-predict" aria-labelledby="predict-title">
      <h3 id="predict-title">Predict the scheduler</h3>
      <p id="predict-about">
        Plays {title ? `“${title}”` : 'the scenario in the simulator'} from the start on the Simulate view, stopping
        before each scheduling decision to ask which READY process the scheduler will pick; then it shows the
        scheduler’s own choice and its reason, and keeps the score.
      </p>
      {predict.on ? (
        <p>
          Predicting: {predict.right} of {predict.asked} right.{' '}
          <button type="button" onClick={() => store.getState().stopPredict()}>
            Stop predicting
          </button>
        </p>
      ) : (
        <button
          type="button"
          className="primary"
          aria-describedby="predict-about"
          disabled={title === null}
          onClick={() => void store.getState().startPredict()}
        >
          Start predicting
        </button>
      )}
    </section>
  );
}
