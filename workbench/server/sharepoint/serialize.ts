import type { ODataMode } from './odataQuery';

/** What SharePoint writes about an entity besides its properties. */
export interface EntityMeta {
  /** odata type, e.g. `SP.Data.OpportunitiesListItem`, `SP.List`, `SP.Web`. */
  readonly type: string;
  /** Absolute URI of the entity (`odata.id`, verbose `__metadata.uri`). */
  readonly uri: string;
  /** Relative edit link, e.g. `Web/Lists(guid'...')/Items(3)`. */
  readonly editLink?: string;
  /** Quoted ETag, e.g. `"3"`. */
  readonly etag?: string;
}

export interface Entity {
  readonly meta: EntityMeta;
  readonly props: Readonly<Record<string, unknown>>;
}

/** The response Content-Type SharePoint Online sends for each JSON flavour. */
export function jsonContentType(mode: ODataMode): string {
  return `application/json;odata=${mode};streaming=true;charset=utf-8`;
}

/** A collection of primitives: a bare array, or verbose's `{ __metadata, results }`. */
export function primitiveCollection(mode: ODataMode, values: readonly unknown[], edmType: string = 'Edm.String'): unknown {
  return mode === 'verbose' ? { __metadata: { type: `Collection(${edmType})` }, results: values } : values;
}

function entityBody(mode: ODataMode, entity: Entity): Record<string, unknown> {
  const { meta, props } = entity;
  if (mode === 'nometadata') return { ...props };
  if (mode === 'verbose') {
    return { __metadata: { id: meta.uri, uri: meta.uri, ...(meta.etag !== undefined ? { etag: meta.etag } : {}), type: meta.type }, ...props };
  }
  return {
    'odata.type': meta.type,
    'odata.id': meta.uri,
    ...(meta.etag !== undefined ? { 'odata.etag': meta.etag } : {}),
    ...(meta.editLink !== undefined ? { 'odata.editLink': meta.editLink } : {}),
    ...props
  };
}

/**
 * One entity as the root of a response.
 *
 * @param metadataUrl `<site>/_api/$metadata#...`, written as `odata.metadata` in minimal mode only
 */
export function renderEntity(mode: ODataMode, entity: Entity, metadataUrl: string): unknown {
  if (mode === 'verbose') return { d: entityBody(mode, entity) };
  if (mode === 'nometadata') return entityBody(mode, entity);
  return { 'odata.metadata': metadataUrl, ...entityBody(mode, entity) };
}

/**
 * A collection response: `{ value, odata.nextLink }` (minimal/nometadata) or
 * `{ d: { results, __next } }` (verbose).
 */
export function renderCollection(mode: ODataMode, entities: readonly Entity[], metadataUrl: string, nextLink?: string): unknown {
  const values = entities.map((entity) => entityBody(mode, entity));
  if (mode === 'verbose') return { d: { results: values, ...(nextLink !== undefined ? { __next: nextLink } : {}) } };
  return {
    ...(mode === 'minimalmetadata' ? { 'odata.metadata': metadataUrl } : {}),
    value: values,
    ...(nextLink !== undefined ? { 'odata.nextLink': nextLink } : {})
  };
}

/** A bare value root (e.g. `EffectiveBasePermissions`): a complex type without entity metadata. */
export function renderComplex(mode: ODataMode, type: string, propertyName: string, props: Readonly<Record<string, unknown>>, metadataUrl: string): unknown {
  if (mode === 'verbose') return { d: { [propertyName]: { __metadata: { type }, ...props } } };
  if (mode === 'nometadata') return { ...props };
  return { 'odata.metadata': metadataUrl, ...props };
}

/** SharePoint's error body: `odata.error` in JSON light, `error` in verbose. */
export function renderError(mode: ODataMode, code: string, message: string): unknown {
  const error = { code, message: { lang: 'en-US', value: message } };
  return mode === 'verbose' ? { error } : { 'odata.error': error };
}
