// The fields a form-configured device asks for: `import config from @org.thingpedia.config.form(params=makeArgMap(
// title:String, count:Number));` → [{name: 'title', type: 'String'}, {name: 'count', type: 'Number'}].
import { printType, type ClassDef } from '@parley/thingtalk';

export interface ConfigField {
  name: string;
  type: string;
}

export function configFields(classDef: ClassDef): ConfigField[] {
  const config = classDef.imports.find((mixin) => mixin.facets.includes('config'));
  const params = config?.inParams.find((param) => param.name === 'params')?.value;
  if (params === undefined || params.type !== 'ArgMap') return [];
  return params.value.map((field) => ({ name: field.name, type: printType(field.type) }));
}
