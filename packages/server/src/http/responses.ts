import { ErrorBody } from "@openaims/core";

/** Error responses every route documents in OpenAPI. */
export const errorResponses = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
  429: ErrorBody,
};

/** Shorthands for route options: permissions and response maps. */
export const read = { permission: "records:read" } as const;
export const write = { permission: "records:write" } as const;
export const approve = { permission: "records:approve" } as const;
export const ok = <T>(schema: T) => ({ 200: schema, ...errorResponses });
export const created = <T>(schema: T) => ({ 201: schema, ...errorResponses });
