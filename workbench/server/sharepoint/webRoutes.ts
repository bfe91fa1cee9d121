import { DIGEST_TIMEOUT_SECONDS, issueDigest, type SpContext, type SpRequest, type SpResponse } from './context';
import { SharePointEmulatorError } from './errors';
import { jsonContentType, primitiveCollection, renderCollection, renderComplex, renderEntity, type Entity } from './serialize';
import { selectProps } from './select';
import type { SiteUser } from './types';
import { permissionLevels, siteGroups } from './users';

function ok(request: SpRequest, body: unknown): SpResponse {
  return { status: 200, headers: { 'Content-Type': jsonContentType(request.mode) }, body };
}

/** `_api/web`: the properties the product reads (Title, Url, ServerRelativeUrl, Id...). */
export function getWeb(ctx: SpContext, request: SpRequest): SpResponse {
  const entity: Entity = {
    meta: { type: 'SP.Web', uri: `${ctx.siteUrl}/_api/Web`, editLink: 'Web' },
    props: selectProps(request, {
      Id: ctx.store.webId,
      Title: 'Sales',
      Description: 'ValueNetworks demo sales site',
      Url: ctx.siteUrl,
      ServerRelativeUrl: ctx.sitePath,
      Language: 1033,
      WebTemplate: 'GROUP',
      Created: '2024-01-08T09:00:00Z'
    })
  };
  return ok(request, renderEntity(request.mode, entity, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Webs/@Element`));
}

export function userEntity(ctx: SpContext, user: SiteUser): Entity {
  return {
    meta: { type: 'SP.User', uri: `${ctx.siteUrl}/_api/Web/GetUserById(${user.id})`, editLink: `Web/GetUserById(${user.id})` },
    props: {
      Id: user.id,
      IsHiddenInUI: false,
      LoginName: user.loginName,
      Title: user.title,
      PrincipalType: 1,
      Email: user.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: user.isSiteAdmin,
      UserId: { NameId: `10032000${user.id.toString(16).padStart(8, '0')}`, NameIdIssuer: 'urn:federation:microsoftonline' },
      UserPrincipalName: user.email.toLowerCase()
    }
  };
}

export function getCurrentUser(ctx: SpContext, request: SpRequest): SpResponse {
  const entity = userEntity(ctx, request.caller.user);
  return ok(request, renderEntity(request.mode, { ...entity, props: selectProps(request, entity.props) }, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Users/@Element`));
}

/** `web/currentuser/groups`: the SharePoint groups the caller belongs to. */
export function getCurrentUserGroups(ctx: SpContext, request: SpRequest): SpResponse {
  const entities: Entity[] = siteGroups
    .filter((g) => g.members.includes(request.caller.user.key))
    .map((g) => ({
      meta: { type: 'SP.Group', uri: `${ctx.siteUrl}/_api/Web/SiteGroups/GetById(${g.id})`, editLink: `Web/SiteGroups/GetById(${g.id})` },
      props: selectProps(request, { Id: g.id, Title: g.title, LoginName: g.title, PrincipalType: 8, IsHiddenInUI: false, OnlyAllowMembersViewMembership: false })
    }));
  return ok(request, renderCollection(request.mode, entities, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Groups`));
}

export function getSiteUsers(ctx: SpContext, request: SpRequest): SpResponse {
  const entities = ctx.users.map((user) => userEntity(ctx, user)).map((e) => ({ ...e, props: selectProps(request, e.props) }));
  return ok(request, renderCollection(request.mode, entities, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Users`));
}

export function getSiteUser(ctx: SpContext, request: SpRequest, id: number): SpResponse {
  const user = ctx.users.find((u) => u.id === id);
  if (!user) throw new SharePointEmulatorError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
  const entity = userEntity(ctx, user);
  return ok(request, renderEntity(request.mode, { ...entity, props: selectProps(request, entity.props) }, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Users/@Element`));
}

/**
 * `EffectiveBasePermissions` of the web or a list for the caller. High/Low are Int64 in SharePoint's
 * model, which OData v3 JSON writes as strings.
 */
export function getEffectiveBasePermissions(ctx: SpContext, request: SpRequest): SpResponse {
  const level = permissionLevels[request.caller.user.key];
  const props = { High: String(level.high), Low: String(level.low) };
  return ok(request, renderComplex(request.mode, 'SP.BasePermissions', 'EffectiveBasePermissions', props, `${ctx.siteUrl}/_api/$metadata#Edm.BasePermissions`));
}

/** `POST _api/contextinfo`: a fresh form digest for the caller (needed by cookie-authenticated writes). */
export function postContextInfo(ctx: SpContext, request: SpRequest): SpResponse {
  const props = {
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: issueDigest(ctx.store.digestSecret, request.caller.user.key, ctx.now()),
    LibraryVersion: '16.0.25919.12007',
    SiteFullUrl: ctx.siteUrl,
    SupportedSchemaVersions: primitiveCollection(request.mode, ['14.0.0.0', '15.0.0.0']),
    WebFullUrl: ctx.siteUrl
  };
  return ok(request, renderComplex(request.mode, 'SP.ContextWebInformation', 'GetContextWebInformation', props, `${ctx.siteUrl}/_api/$metadata#SP.ContextWebInformation`));
}
