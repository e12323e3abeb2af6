import type { ScenarioDoc } from '../../core';
import type { Translate } from '../../i18n';

/** The display name of a layer document (boundary, session policy, SCP n, resource policy) in the UI language. */
export function layerName(t: Translate, doc: ScenarioDoc): string {
  switch (doc.kind) {
    case 'trust':
      return t('editor.trustTab');
    case 'boundary':
      return t('sim.layer.boundary');
    case 'session':
      return t('sim.layer.session');
    case 'resource':
      return t('sim.layer.resource');
    case 'scp':
      return `${t('sim.layer.scp')} ${doc.ordinal + 1}`;
    case 'rcp':
      return `${t('sim.layer.rcp')} ${doc.ordinal + 1}`;
    case 'endpoint':
      return t('sim.layer.endpoint');
    default:
      return doc.name;
  }
}
