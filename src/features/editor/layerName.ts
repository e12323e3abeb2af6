import type { ScenarioDoc } from '../../core/scenario';
import type { Translate } from '../../i18n';

/** The display name of a layer document (boundary, session policy, SCP n, resource policy) in the UI language. */
export function layerName(t: Translate, doc: ScenarioDoc): string {
  switch (doc.kind) {
    case 'boundary':
      return t('sim.layer.boundary');
    case 'session':
      return t('sim.layer.session');
    case 'resource':
      return t('sim.layer.resource');
    case 'scp': {
      const m = /^scp:(\d+)$/.exec(doc.id);
      return m ? `${t('sim.layer.scp')} ${Number(m[1]) + 1}` : doc.name;
    }
    default:
      return doc.name;
  }
}
