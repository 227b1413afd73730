/// <reference lib="dom" />
/**
 * The local UI Kit host: renders the app's ForgeDoc with Atlassian Design System components, the ones
 * Jira and Confluence use (already in node_modules as dependencies of @forge/react). A type with no mapping
 * renders as a marked <div> and is listed in window.__unknownTypes, which the browser tests fail on.
 * Rendered with react-dom keyed by ForgeDoc keys, so focus and caret survive re-renders.
 * Layout props (space tokens, alignment) are passed to the ADS primitives as they are; xcss is ignored.
 */
import AkButton from '@atlaskit/button/new';
import AkDynamicTable from '@atlaskit/dynamic-table';
import { Label as AkLabel } from '@atlaskit/form';
import AkHeading from '@atlaskit/heading';
import AkLozenge from '@atlaskit/lozenge';
import { Box as AkBox, Inline as AkInline, Stack as AkStack, Text as AkText } from '@atlaskit/primitives';
import AkSectionMessage from '@atlaskit/section-message';
import AkSelect from '@atlaskit/select';
import AkTabs, { Tab as AkTab, TabList as AkTabList, TabPanel as AkTabPanel } from '@atlaskit/tabs';
import AkTextArea from '@atlaskit/textarea';
import AkTextfield from '@atlaskit/textfield';
import AkToggle from '@atlaskit/toggle';
import { setGlobalTheme } from '@atlaskit/tokens';
import { createElement, Fragment, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BarChart } from './bar-chart';
import { functions, installBridge, type DocNode, type PreviewContext } from './bridge';

// ADS prop types are precise; the ForgeDoc is data, so the mapping passes props through untyped.
type AnyProps = Record<string, unknown>;
const ak = (c: unknown) => c as ComponentType<AnyProps>;

const unknownTypes = new Set<string>();
(window as unknown as { __unknownTypes: string[] }).__unknownTypes = [];

/** Props with {$fn} references turned back into the app's live functions. */
function live(props: AnyProps): AnyProps {
  const out: AnyProps = {};
  for (const [k, v] of Object.entries(props)) {
    const id = v !== null && typeof v === 'object' && '$fn' in v ? String((v as { $fn: unknown }).$fn) : undefined;
    out[k] = id !== undefined ? functions.get(id) : v;
  }
  return out;
}

type Handler = ((arg?: unknown) => void) | undefined;
/** UI Kit hands change handlers plain event-like data, never DOM events (@forge/react useForm reads target.*). */
const textChange = (p: AnyProps) => (e: { currentTarget: { value: string } }) =>
  (p.onChange as Handler)?.({ target: { value: e.currentTarget.value, type: p.type ?? 'text', name: p.name, id: p.id } });

const kids = (node: DocNode): ReactNode[] => node.children.map(render);

function table(node: DocNode, p: AnyProps): ReactNode {
  const wrapper = (name: string) => node.children.find((c) => c.type === 'ContentWrapper' && c.props.name === name);
  const cells = (row: DocNode | undefined) => (row?.children ?? []).map((cell) => ({ key: String(cell.props.cellKey), content: createElement(Fragment, null, ...kids(cell)) }));
  const head = wrapper('head');
  const rows = (wrapper('rows')?.children ?? []).map((row) => ({ key: String(row.props.rowKey), cells: cells(row) }));
  return createElement(ak(AkDynamicTable), { key: node.key, ...p, head: head ? { cells: cells(head) } : undefined, rows });
}

function render(node: DocNode): ReactNode {
  const p = live(node.props);
  const key = node.key;
  const el = (c: unknown, props: AnyProps = p) => createElement(ak(c), { key, ...props }, ...kids(node));
  switch (node.type) {
    case 'Root': return createElement('div', { key, className: 'forge-root' }, ...kids(node));
    case 'String': return createElement(Fragment, { key }, String(p.text ?? ''));
    case 'Text': return el(AkText, { ...p, as: 'p' });
    case 'Heading': return el(AkHeading, { ...p, size: p.size ?? 'medium' });
    case 'Stack': return el(AkStack);
    case 'Inline': return el(AkInline);
    case 'Box': { const { xcss: _xcss, ...rest } = p; return el(AkBox, rest); }
    case 'Label': return el(AkLabel, { id: p.id, htmlFor: p.labelFor });
    case 'Textfield': return el(AkTextfield, { ...p, onChange: textChange(p) });
    case 'TextArea': return el(AkTextArea, { ...p, onChange: textChange(p) });
    case 'Toggle': return el(AkToggle, { ...p, onChange: (e: { currentTarget: { checked: boolean } }) =>
      (p.onChange as Handler)?.({ target: { checked: e.currentTarget.checked, type: 'checkbox', name: p.name, id: p.id } }) });
    // react-select: the option object goes to the app as it is. The menu is portalled so table cells do not clip it.
    case 'Select': return el(AkSelect, { ...p, menuPortalTarget: document.body, styles: { menuPortal: (b: AnyProps) => ({ ...b, zIndex: 9999 }) } });
    case 'Button': return el(AkButton, { ...p, onClick: () => (p.onClick as Handler)?.() });
    case 'SectionMessage': return el(AkSectionMessage);
    case 'Lozenge': return el(AkLozenge);
    case 'List': return createElement(p.type === 'ordered' ? 'ol' : 'ul', { key }, ...kids(node));
    case 'ListItem': return createElement('li', { key }, ...kids(node));
    case 'Tabs': return el(AkTabs, { ...p, id: p.id ?? 'tabs' });
    case 'TabList': return el(AkTabList);
    case 'Tab': return el(AkTab);
    case 'TabPanel': return el(AkTabPanel);
    case 'DynamicTable': return table(node, p);
    case 'BarChart': return createElement(BarChart, { key, ...p });
    default:
      if (!unknownTypes.has(node.type)) {
        unknownTypes.add(node.type);
        (window as unknown as { __unknownTypes: string[] }).__unknownTypes.push(node.type);
      }
      return createElement('div', { key, 'data-forge-unknown': node.type }, ...kids(node));
  }
}

const params = new URLSearchParams(location.search);
const context: PreviewContext = {
  accountId: params.get('as') ?? 'preview-admin',
  extensionType: params.get('product') === 'confluence' ? 'confluence:globalSettings' : 'jira:adminPage',
};
void setGlobalTheme({ colorMode: 'light' });
const root = createRoot(document.getElementById('root') as HTMLElement);
installBridge(context, (doc) => root.render(render(doc)));
