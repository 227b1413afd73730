/// <reference lib="dom" />
/**
 * The stand-in for Atlassian's UI Kit host bridge (`window.__bridge.callBridge`), for the local preview.
 * @forge/bridge captures it when its modules load, so this must run before the app bundle (host.js is its
 * own <script> ahead of app.js). It answers the commands the admin page uses and logs any other as a
 * warning, which the browser tests fail on.
 *
 * The ForgeDoc arrives as one mutable object re-sent after every commit, with live functions in its props
 * (uiKit-local-preview.md). We serialise it on arrival, as the real cross-frame transport must: functions
 * become {$fn: id} resolved through a registry, and anything else that is not plain data is a warning.
 */

export interface DocNode {
  readonly type: string;
  readonly key?: string;
  readonly props: Record<string, unknown>;
  readonly children: readonly DocNode[];
}

export interface PreviewContext {
  readonly accountId: string;
  readonly extensionType: 'jira:adminPage' | 'confluence:globalSettings';
}

interface PreviewWindow {
  __bridge?: { callBridge: (command: string, data?: unknown) => Promise<unknown> };
  __bridgeLog: Array<{ command: string; functionKey?: string; payload?: unknown }>;
  __bridgeWarnings: string[];
  __lastForgeDoc?: DocNode;
  __reconcileCount: number;
  __invokesInFlight: number;
}

const win = window as unknown as PreviewWindow;
type Fn = (...args: unknown[]) => unknown;

/** Functions seen in the latest doc, by the id the reconciler gave them (fn.__id__). */
export const functions = new Map<string, Fn>();
const ids = new WeakMap<Fn, string>();
let nextId = 0;

function fnId(fn: Fn): string {
  const tagged = (fn as Fn & { __id__?: string }).__id__;
  if (tagged) return tagged;
  let id = ids.get(fn);
  if (!id) ids.set(fn, (id = `local-${nextId++}`));
  return id;
}

function serialiseValue(value: unknown, path: string): unknown {
  if (typeof value === 'function') {
    const id = fnId(value as Fn);
    functions.set(id, value as Fn);
    return { $fn: id };
  }
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'symbol' || typeof value === 'bigint') win.__bridgeWarnings.push(`non-serialisable ${typeof value} at ${path}`);
    return value;
  }
  if ('$$typeof' in value) {
    win.__bridgeWarnings.push(`React element in props at ${path}: it cannot cross the bridge`);
    return null;
  }
  if (Array.isArray(value)) return value.map((v, i) => serialiseValue(v, `${path}[${i}]`));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, serialiseValue(v, `${path}.${k}`)]));
}

function serialise(node: { type: string; key?: string; props?: Record<string, unknown>; children?: unknown[] }, path: string): DocNode {
  const here = `${path}/${node.type}`;
  return {
    type: node.type,
    ...(node.key ? { key: node.key } : {}),
    props: serialiseValue(node.props ?? {}, here) as Record<string, unknown>,
    children: (node.children ?? []).map((c) => serialise(c as typeof node, here)),
  };
}

export function installBridge(context: PreviewContext, render: (doc: DocNode) => void): void {
  win.__bridgeLog = [];
  win.__bridgeWarnings = [];
  win.__reconcileCount = 0;
  win.__invokesInFlight = 0;
  const productContext = {
    accountId: context.accountId, cloudId: '00000000-0000-4000-8000-00000000c10d', siteUrl: 'http://127.0.0.1',
    extension: { type: context.extensionType }, moduleKey: context.extensionType === 'jira:adminPage' ? 'phi-guard-jira-admin' : 'phi-guard-confluence-admin',
    localId: 'preview', locale: 'en-US', timezone: 'UTC', environmentType: 'DEVELOPMENT', environmentId: 'local', theme: { colorMode: 'light' },
  };
  win.__bridge = {
    async callBridge(command, data) {
      const d = (data ?? {}) as { forgeDoc?: DocNode; functionKey?: string; payload?: unknown };
      switch (command) {
        case 'reconcile': {
          win.__reconcileCount += 1;
          functions.clear();
          const doc = serialise(d.forgeDoc as DocNode & { children: unknown[] }, '');
          win.__lastForgeDoc = doc;
          render(doc);
          return undefined;
        }
        case 'getContext':
          win.__bridgeLog.push({ command });
          return productContext;
        case 'on':
          return { unsubscribe: () => undefined };
        case 'invoke': {
          win.__bridgeLog.push({ command, functionKey: d.functionKey, payload: d.payload });
          win.__invokesInFlight += 1;
          try {
            const res = await fetch('/__invoke', {
              method: 'POST', headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ functionKey: d.functionKey, payload: d.payload, accountId: context.accountId, extensionType: context.extensionType }),
            });
            if (!res.ok) throw new Error(`resolver call failed: HTTP ${res.status}`);
            return ((await res.json()) as { result: unknown }).result;
          } finally {
            win.__invokesInFlight -= 1;
          }
        }
        default:
          win.__bridgeWarnings.push(`unhandled bridge command: ${command}`);
          return undefined;
      }
    },
  };
}
