/**
 * Confluence v2 content properties on pages, blog posts and comments: list, create, get, update (version
 * must be current + 1, else 409) and delete. Property writes create no page version and fire no event.
 * https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-content-properties/
 */
import { z } from 'zod';
import type { Call, Reply } from './http';
import { confluenceError, noContent, ok, parseBody } from './http';
import type { Route } from './router';
import type { SiteState, WikiProperty } from './state';
import { items } from './state';
import { pageOf, staleVersion } from './confluence-shared';

type Owner = 'page' | 'blogpost' | 'comment';

const CreateBody = z.looseObject({ key: z.string().min(1).max(255), value: z.unknown() });
const UpdateBody = z.looseObject({
  key: z.string().min(1).max(255),
  value: z.unknown(),
  version: z.looseObject({ number: z.number().int(), message: z.string().optional() }),
});

const PARAM: Record<Owner, string> = { page: 'page-id', blogpost: 'blogpost-id', comment: 'comment-id' };

function propertiesOf(state: SiteState, owner: Owner, id: string): WikiProperty[] | undefined {
  return owner === 'comment' ? state.wikiComment(id)?.properties : state.content(id, owner)?.properties;
}

const json = (p: WikiProperty) => ({
  id: p.id, key: p.key, value: p.value,
  version: { createdAt: p.version.createdAt.toISOString(), message: p.version.message, number: p.version.number, minorEdit: false, authorId: p.version.authorId },
});

const ownerMissing = () => confluenceError(404, 'Not Found', 'The content does not exist or you do not have permission to view it.');
const propertyMissing = () => confluenceError(404, 'Not Found', 'The content property does not exist.');

function withOwner(owner: Owner, run: (call: Call, properties: WikiProperty[]) => Reply) {
  return (call: Call): Reply => {
    const properties = propertiesOf(call.state, owner, call.params[PARAM[owner]] ?? '');
    return properties ? run(call, properties) : ownerMissing();
  };
}

const list = (call: Call, properties: WikiProperty[]): Reply => {
  const key = call.query.get('key');
  return pageOf(call, properties.filter((p) => key === null || p.key === key).map(json), 10);
};

function create(call: Call, properties: WikiProperty[]): Reply {
  const parsed = parseBody(call, CreateBody);
  if ('reply' in parsed) return parsed.reply;
  if (properties.some((p) => p.key === parsed.value.key)) {
    return confluenceError(400, 'Invalid request', `A content property with key '${parsed.value.key}' already exists.`);
  }
  const property: WikiProperty = {
    id: call.state.nextId('wiki-property', 90001), key: parsed.value.key, value: parsed.value.value,
    version: { number: 1, createdAt: call.state.now(), message: '', authorId: call.caller },
  };
  properties.push(property);
  return ok(json(property));
}

const find = (call: Call, properties: WikiProperty[]) => properties.find((p) => p.id === call.params['property-id']);

function get(call: Call, properties: WikiProperty[]): Reply {
  const property = find(call, properties);
  return property ? ok(json(property)) : propertyMissing();
}

function update(call: Call, properties: WikiProperty[]): Reply {
  const property = find(call, properties);
  if (!property) return propertyMissing();
  const parsed = parseBody(call, UpdateBody);
  if ('reply' in parsed) return parsed.reply;
  if (parsed.value.key !== property.key) return confluenceError(400, 'Invalid request', 'A content property key cannot be changed.');
  if (parsed.value.version.number !== property.version.number + 1) return staleVersion(property.version.number);
  property.value = parsed.value.value;
  property.version = { number: property.version.number + 1, createdAt: call.state.now(), message: parsed.value.version.message ?? '', authorId: call.caller };
  return ok(json(property));
}

function remove(call: Call, properties: WikiProperty[]): Reply {
  const at = properties.findIndex((p) => p.id === call.params['property-id']);
  if (at < 0) return propertyMissing();
  properties.splice(at, 1);
  return noContent();
}

const routesFor = (owner: Owner): Route[] => {
  const base = `/wiki/api/v2/${owner === 'page' ? 'pages' : owner === 'blogpost' ? 'blogposts' : 'comments'}/{${PARAM[owner]}}/properties`;
  const item = (params: Readonly<Record<string, string>>) => {
    const id = params[PARAM[owner]] ?? '';
    return owner === 'comment' ? items.wikiComment(id) : items.content(id);
  };
  return [
    { method: 'GET', pattern: base, handler: withOwner(owner, list), item },
    { method: 'POST', pattern: base, handler: withOwner(owner, create), item },
    { method: 'GET', pattern: `${base}/{property-id}`, handler: withOwner(owner, get), item },
    { method: 'PUT', pattern: `${base}/{property-id}`, handler: withOwner(owner, update), item },
    { method: 'DELETE', pattern: `${base}/{property-id}`, handler: withOwner(owner, remove), item },
  ];
};

export const confluencePropertyRoutes: readonly Route[] = [...routesFor('page'), ...routesFor('blogpost'), ...routesFor('comment')];
