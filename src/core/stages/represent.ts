/**
 * Stage `represent`: the answer in the representation the request asks for,
 * when the API has more than JSON (`ApiDefinition.representation`; Harvest:
 * XML on `Accept: application/xml`, plain-text error bodies). It sits
 * outside `route`, so 404s and 405s are represented too, and outside
 * `strict`, which checks the JSON model. Without a representation the
 * stage is left out of the pipeline.
 */
import type { ApiDefinition } from '../api.js';
import type { Stage } from '../pipeline.js';

export function represent(representation: NonNullable<ApiDefinition['representation']>): Stage {
  return (x, next) => {
    x.format = representation.choose(x.req);
    const res = next();
    if (res.fault || res.rawBody !== undefined) return res;
    return representation.render(res, x.format, x.op);
  };
}
