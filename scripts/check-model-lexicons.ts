/**
 * Fails when the shipped tagger model was trained with other word lists than the features read
 * now (an edited lexicon leaves its weights stale): run by the build, and by the tests.
 * Retrain with `npm run train`.
 */
import modelJson from '../data/ner-model.json';
import { lexiconFingerprint } from '../src/core/entities/features';
import { ModelData } from '../src/core/entities/model-format';

/** The mismatch, or null when the model matches the lexicons. */
export function staleModelMessage(model: ModelData = modelJson as ModelData): string | null {
  const now = lexiconFingerprint();
  if (model.lexicons === now) return null;
  return `data/ner-model.json was trained with lexicons ${model.lexicons ?? '(unrecorded)'}, the features now read ${now}: ` +
    'a word list changed since; retrain with `npm run train`';
}

if (require.main === module) {
  const message = staleModelMessage();
  if (message) {
    console.error(message);
    process.exit(1);
  }
}
