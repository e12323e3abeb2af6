import { scenarioDocs, type LayerKind } from '../../core';
import { useT } from '../../ui/useT';
import { useStore } from '../../store';
import { layerName } from '../editor/layerName';

/** Starting text for each layer: a small, valid example a learner can edit. */
const TEMPLATES: Record<LayerKind, string> = {
  boundary: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "OnlySystemsManager",
      "Effect": "Allow",
      "Action": ["ssm:*", "ssmmessages:*", "ec2messages:*"],
      "Resource": "*"
    }
  ]
}
`,
  session: `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "*", "Resource": "*" }
  ]
}
`,
  scp: `{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "FullAWSAccess", "Effect": "Allow", "Action": "*", "Resource": "*" },
    {
      "Sid": "DenyParameterReads",
      "Effect": "Deny",
      "Action": "ssm:GetParameter*",
      "Resource": "*"
    }
  ]
}
`,
  rcp: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "EnforceSecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": ["s3:*", "sqs:*", "kms:*", "secretsmanager:*", "sts:*"],
      "Resource": "*",
      "Condition": { "BoolIfExists": { "aws:SecureTransport": "false" } }
    }
  ]
}
`,
  endpoint: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "FullAccessThroughTheEndpoint",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "*",
      "Resource": "*"
    }
  ]
}
`,
  resource: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:role/SSMInstanceRole" },
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::example-bucket/*"
    }
  ]
}
`,
};

const LAYER_NAME = {
  boundary: 'sim.layer.boundary',
  session: 'sim.layer.session',
  scp: 'sim.layer.scp',
  rcp: 'sim.layer.rcp',
  endpoint: 'sim.layer.endpoint',
  resource: 'sim.layer.resource',
} as const;

/** The simulator's layers, in the order AWS weighs them after an explicit deny. */
const LAYER_KINDS = ['boundary', 'session', 'scp', 'rcp', 'endpoint', 'resource'] as const;
const IS_LAYER: ReadonlySet<string> = new Set(LAYER_KINDS);
/** Layers that come as a list (one per level of the organization). */
const LISTED: ReadonlySet<LayerKind> = new Set<LayerKind>(['scp', 'rcp']);

/**
 * Boundary, session policy, SCPs, RCPs, a VPC endpoint policy and a resource policy: add them,
 * switch them on and off, remove them.
 */
export function Layers() {
  const t = useT();
  const scenario = useStore((s) => s.scenario);
  const disabled = useStore((s) => s.disabledLayers);
  const toggle = useStore((s) => s.toggleLayer);
  const addLayer = useStore((s) => s.addLayer);
  const removeLayer = useStore((s) => s.removeDoc);
  const layers = scenarioDocs(scenario).filter((d) => IS_LAYER.has(d.kind));
  const present = new Set<string>(layers.map((l) => l.kind));
  const addable: LayerKind[] = LAYER_KINDS.filter((k) => LISTED.has(k) || !present.has(k));
  return (
    <section className="rm-sim__section" aria-labelledby="sim-layers">
      <h3 id="sim-layers">{t('sim.layers')}</h3>
      <p className="rm-sim__note">{t('sim.layersIntro')}</p>
      <ul className="rm-layers">
        {layers.map((layer) => {
          const name = layerName(t, layer);
          return (
            <li key={layer.id}>
              <label>
                <input
                  type="checkbox"
                  role="switch"
                  checked={!disabled.includes(layer.id)}
                  onChange={() => toggle(layer.id)}
                  aria-label={t('sim.layer.on', { name })}
                />
                {name}
              </label>
              <button
                type="button"
                onClick={() => {
                  if (window.confirm(t('sim.layer.removeConfirm', { name }))) removeLayer(layer.id);
                }}
                aria-label={t('sim.layer.remove', { name })}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="rm-layers__add">
        <span>{t('sim.layer.add')}:</span>
        {addable.map((k) => (
          <button key={k} type="button" onClick={() => addLayer(k, TEMPLATES[k])}>
            {t(LAYER_NAME[k])}
          </button>
        ))}
      </div>
    </section>
  );
}
