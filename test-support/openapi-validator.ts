// Checks JSON against a component of an OpenAPI 3.1 document with an independent JSON Schema 2020-12 validator (ajv),
// so a test proves the API's real answers match what it publishes.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

export function openApiValidator(document: Record<string, unknown>): (component: string, value: unknown) => string[] {
  // strict: false — the OpenAPI document around the schemas has keywords that are not JSON Schema (paths, info…).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(document, "openapi.json");
  return (component, value) => {
    const validate = ajv.getSchema(`openapi.json#/components/schemas/${component}`);
    if (!validate) return [`no component ${component}`];
    return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message}`);
  };
}
