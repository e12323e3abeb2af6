/**
 * The bare stack the load bench races Rolemap against (src/bench/load.ts): Monaco and a
 * three-node React Flow graph, everything in one entry chunk, set up as /work/shared/TOOLCHAIN.md
 * describes (local Monaco, its JSON language and workers, no CDN).
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import Editor, { loader } from '@monaco-editor/react';
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

self.MonacoEnvironment = {
  getWorker: (_id, label) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};
loader.config({ monaco });

const nodes: Node[] = [
  { id: 'principal', position: { x: 0, y: 0 }, data: { label: 'ec2.amazonaws.com' } },
  { id: 'role', position: { x: 0, y: 120 }, data: { label: 'SSMInstanceRole' } },
  { id: 'action', position: { x: 0, y: 240 }, data: { label: 'ssm:GetDocument' } },
];
const edges: Edge[] = [
  { id: 'a', source: 'principal', target: 'role' },
  { id: 'b', source: 'role', target: 'action' },
];
const policy = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['ssm:GetDocument'], Resource: '*' }],
  },
  null,
  2,
);

/** The whole page: an editor beside a graph, both mounted at once. */
function Bare() {
  return (
    <div className="bare">
      <div>
        <Editor defaultLanguage="json" defaultValue={policy} options={{ automaticLayout: true }} />
      </div>
      <div>
        <ReactFlow nodes={nodes} edges={edges} fitView />
      </div>
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Bare />);
