/**
 * @module postman
 * A Postman collection (v2.1) generated from the OpenAPI document by Postman's own converter
 * (openapi-to-postmanv2), with requests grouped by tag, `{{baseUrl}}` for the server and the
 * API key and bearer token as collection variables (`{{apiKey}}`, `{{accessToken}}`) so a
 * user pastes them once.
 *
 * Failure: rejects when the converter refuses the document (an invalid document; the OpenAPI
 * test validates it first).
 */
import { convertV2 } from 'openapi-to-postmanv2';
import { internalMessage } from '../../schemas/errors.ts';

type Json = Record<string, any>;

/** Sets every apikey/bearer auth block in the collection to read the collection variables. */
function useVariables(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(useVariables);
  if (!node || typeof node !== 'object') return;
  const obj = node as Json;
  if (obj.type === 'apikey' && Array.isArray(obj.apikey)) {
    for (const kv of obj.apikey) if (kv.key === 'value') kv.value = '{{apiKey}}';
  }
  if (obj.type === 'bearer' && Array.isArray(obj.bearer)) {
    for (const kv of obj.bearer) if (kv.key === 'token') kv.value = '{{accessToken}}';
  }
  for (const v of Object.values(obj)) useVariables(v);
}

/** Converts an OpenAPI document to a Postman collection with the credentials as variables. */
export async function postmanCollection(openapi: Json, baseUrl = 'http://localhost:8080'): Promise<Json> {
  const collection = await new Promise<Json>((resolve, reject) => {
    convertV2({ type: 'json', data: openapi }, { folderStrategy: 'Tags', requestParametersResolution: 'Example', includeAuthInfoInExample: true }, (err: unknown, result?: Json) => {
      if (err) return reject(err);
      if (!result?.result) return reject(new Error(internalMessage('POSTMAN_CONVERSION_FAILED', { reason: result?.reason ?? 'unknown reason' })));
      resolve(result.output[0].data as Json);
    });
  });
  const variables = ((collection.variable ?? []) as Json[]).filter((v) => !['baseUrl', 'apiKey', 'accessToken'].includes(v.key));
  collection.variable = [
    { key: 'baseUrl', value: baseUrl, type: 'string' },
    { key: 'apiKey', value: '', type: 'string', description: 'X-API-Key: the api_key from /users/register or /users/profile' },
    { key: 'accessToken', value: '', type: 'string', description: 'Bearer token: the access_token from /auth/login' },
    ...variables,
  ];
  useVariables(collection);
  return collection;
}
